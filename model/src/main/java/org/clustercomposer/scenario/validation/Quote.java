package org.clustercomposer.scenario.validation;

/** Puts user text into a message safely: quoted, control characters escaped, long text cut. */
public final class Quote {

    private static final int MAX_CHARS = 60;

    private Quote() {
    }

    /** {@code abc} becomes {@code "abc"}; a 10 MB string becomes its first 60 characters and "…". */
    public static String of(String text) {
        StringBuilder sb = new StringBuilder("\"");
        int end = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validPair(text, i)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (text.length() > MAX_CHARS) {
            sb.append('…');
        }
        return sb.append('"').toString();
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
