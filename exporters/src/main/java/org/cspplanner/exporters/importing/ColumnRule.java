package org.cspplanner.exporters.importing;

/**
 * One column of the mapping: its position (0-based), the header text it had, what it holds, and for a
 * quarterly update column the period it reports on ("Q2 2024/25", or "Q2" for that quarter of the plan year).
 */
public record ColumnRule(int index, String header, ImportField field, String period) {

    public ColumnRule {
        header = header == null ? "" : header.strip();
        field = field == null ? ImportField.IGNORE : field;
        period = period == null || period.isBlank() ? null : period.strip();
        if (index < 0) {
            throw new IllegalArgumentException("A column index cannot be negative: " + index);
        }
    }

    public static ColumnRule of(int index, String header, ImportField field) {
        return new ColumnRule(index, header, field, null);
    }

    public ColumnRule withField(ImportField newField) {
        return new ColumnRule(index, header, newField, newField == ImportField.UPDATE ? period : null);
    }

    /** "C 'Lead CDRP agency' → Lead", as the mapping step and the command line show it. */
    public String describe() {
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(index);
        return letter + (header.isEmpty() ? "" : " '" + header + "'") + " → " + field.label()
                + (period == null ? "" : " (" + period + ")");
    }
}
