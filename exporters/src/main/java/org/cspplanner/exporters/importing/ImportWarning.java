package org.cspplanner.exporters.importing;

/** Something the import could not take as it was, and where: "Row 14: no action title, skipped". */
public record ImportWarning(String sheet, String location, String message) {

    /** The line shown to the user; the sheet is named only when the file has several. */
    public String display() {
        return location + ": " + message;
    }

    @Override
    public String toString() {
        return (sheet == null || sheet.isEmpty() ? "" : sheet + ", ") + display();
    }
}
