package org.cspplanner.app.ui.importing;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.poi.ss.util.CellReference;
import org.cspplanner.exporters.importing.ColumnRule;
import org.cspplanner.exporters.importing.ImportField;

/** One column of the mapping step: its letter, header and an example value, and the field it is read as. */
public final class ColumnChoice {

    private final ColumnRule rule;
    private final String example;
    private final ObjectProperty<ImportField> field = new SimpleObjectProperty<>();

    ColumnChoice(ColumnRule rule, String example) {
        this.rule = rule;
        this.example = example == null ? "" : example;
        field.set(rule.field());
    }

    public int index() {
        return rule.index();
    }

    /** "A", "B" ... as the spreadsheet names the column. */
    public String letter() {
        return CellReference.convertNumToColString(rule.index());
    }

    public String header() {
        return rule.header();
    }

    public String example() {
        return example;
    }

    /** The quarter a quarterly-update column reports on, or empty. */
    public String period() {
        return rule.period() == null ? "" : rule.period();
    }

    /** Set through {@link ImportWizardViewModel#setField}, so the mapping and the column stay in step. */
    public ObjectProperty<ImportField> fieldProperty() {
        return field;
    }

    public ImportField field() {
        return field.get();
    }
}
