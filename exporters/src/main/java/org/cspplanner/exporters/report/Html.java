package org.cspplanner.exporters.report;

/** Escaping for HTML text and attribute values: every piece of user text passes through here. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Escaped text with line breaks kept as {@code <br>}. */
    static String lines(String text) {
        return escape(text).replace("\n", "<br>");
    }
}
