package org.cspplanner.exporters.importing;

import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.ReportingPeriod;

/**
 * Choices the user made before importing. Every field may be left empty (null or 0) to let the importer decide:
 * the title from the file's title rows or name, the mapping from the header row, the plan year from the file,
 * and the period that a "progress" column reports on from the plan year.
 */
public record ImportOptions(String title, ColumnMapping mapping, FinancialYear financialYear,
                            ReportingPeriod progressPeriod, int maxRows) {

    /** Large enough for any real plan (the 10,000-action benchmark with its milestones) yet far below a million. */
    public static final int DEFAULT_MAX_ROWS = 100_000;

    public static final ImportOptions DEFAULTS = new ImportOptions(null, null, null, null, 0);

    public ImportOptions {
        maxRows = maxRows <= 0 ? DEFAULT_MAX_ROWS : maxRows;
    }

    public ImportOptions withTitle(String newTitle) {
        return new ImportOptions(newTitle, mapping, financialYear, progressPeriod, maxRows);
    }

    public ImportOptions withMapping(ColumnMapping newMapping) {
        return new ImportOptions(title, newMapping, financialYear, progressPeriod, maxRows);
    }

    public ImportOptions withMaxRows(int newMaxRows) {
        return new ImportOptions(title, mapping, financialYear, progressPeriod, newMaxRows);
    }

    public ImportOptions withFinancialYear(FinancialYear year) {
        return new ImportOptions(title, mapping, year, progressPeriod, maxRows);
    }
}
