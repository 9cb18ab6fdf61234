package org.cspplanner.app.ui.export;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.cspplanner.exporters.layout.CustomColumn;

/** One column of the custom layout's catalogue, ticked when it is in the layout. */
public final class CustomColumnChoice {

    private final CustomColumn column;
    private final BooleanProperty included = new SimpleBooleanProperty();

    CustomColumnChoice(CustomColumn column, boolean included) {
        this.column = column;
        this.included.set(included);
    }

    public CustomColumn column() {
        return column;
    }

    public String header() {
        return column.header();
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    public boolean isIncluded() {
        return included.get();
    }
}
