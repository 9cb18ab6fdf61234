package org.cspplanner.app.ui.report;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.cspplanner.exporters.report.ReportSection;

/** A part of the report, ticked when it is to be included. */
public final class ReportSectionChoice {

    private final ReportSection section;
    private final BooleanProperty included = new SimpleBooleanProperty();

    ReportSectionChoice(ReportSection section, boolean included) {
        this.section = section;
        this.included.set(included);
    }

    public ReportSection section() { return section; }
    public String title() { return section.title(); }
    public BooleanProperty includedProperty() { return included; }
    public boolean isIncluded() { return included.get(); }
}
