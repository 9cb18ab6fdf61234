package org.cspplanner.exporters.layout;

import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.model.Plan;

/** A named arrangement of a plan's actions into the tables its readers know; a pure function of the plan. */
public interface Layout {

    /** The name used on the command line and saved in settings, e.g. "delivery-plan". */
    String name();

    /** One line for the export dialog. */
    String description();

    ExportDocument render(Plan plan, ExportOptions options);
}
