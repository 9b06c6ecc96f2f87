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
            } else if (unsafe(c) || Character.isSurrogate(c) && !validPair(text, i)) {
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

    /**
     * A control character (C0, DEL, C1) or a bidirectional control (U+200E, U+200F,
     * U+202A-U+202E, U+2066-U+2069): printed raw, they corrupt a terminal or reverse the text
     * that follows, so ids and names may not hold them and messages escape them.
     */
    public static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x200e || c == 0x200f || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069;
    }

    /** The first unsafe character of {@code text}, or -1. */
    public static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} with every unsafe character escaped as a backslash, u and four hex digits, otherwise unchanged. */
    public static String escaped(String text) {
        if (firstUnsafe(text) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c) && c != '\n' && c != '\t') {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
