package org.cspplanner.exporters.sheet;

/**
 * Defuses spreadsheet formula injection in CSV: a cell that begins with '=', '+', '-', '@', tab, CR or LF
 * is prefixed with an apostrophe, so Excel shows it as text instead of running it.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        boolean dangerous = first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r' || first == '\n';
        return dangerous ? "'" + text : text;
    }
}
