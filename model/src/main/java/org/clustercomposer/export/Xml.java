package org.clustercomposer.export;

/** Text and attribute values for XML we write by hand. */
final class Xml {

    private Xml() {
    }

    /**
     * The text escaped for an element or a quoted attribute. Characters XML 1.0 cannot hold at all
     * (most control characters) and line breaks become spaces, as libvirt's one-line fields want.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
