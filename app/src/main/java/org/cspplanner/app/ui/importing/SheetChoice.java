package org.cspplanner.app.ui.importing;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.cspplanner.exporters.importing.SourceSheet;

/** One sheet (or Word table) read from the file, with whether it is to be imported. */
public final class SheetChoice {

    private final SourceSheet sheet;
    private final BooleanProperty included = new SimpleBooleanProperty(true);

    SheetChoice(SourceSheet sheet) {
        this.sheet = sheet;
        included.set(!sheet.isEmpty());
    }

    public SourceSheet sheet() {
        return sheet;
    }

    public String name() {
        return sheet.name();
    }

    /** "Sheet, 42 rows, 9 columns" or "Table, empty". */
    public String description() {
        String kind = sheet.kind() == SourceSheet.Kind.TABLE ? "Table" : "Sheet";
        if (sheet.isEmpty()) {
            return kind + ", empty";
        }
        long rows = sheet.rows().stream().filter(r -> !r.isBlank()).count();
        return kind + ", " + rows + (rows == 1 ? " row, " : " rows, ") + sheet.columnCount() + " columns";
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    public boolean isIncluded() {
        return included.get();
    }
}
