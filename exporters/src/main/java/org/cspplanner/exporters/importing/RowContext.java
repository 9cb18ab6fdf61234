package org.cspplanner.exporters.importing;

import java.util.ArrayList;
import java.util.List;
import org.cspplanner.model.FinancialYear;

/** What reading one sheet needs to hand: its mapping, the plan year, the lead parser, and where warnings go. */
final class RowContext {

    final String sheetName;
    final ColumnMapping mapping;
    final FinancialYear planYear;
    final LeadParser leads;
    final List<ImportWarning> warnings;

    RowContext(String sheetName, ColumnMapping mapping, FinancialYear planYear, LeadParser leads, List<ImportWarning> warnings) {
        this.sheetName = sheetName;
        this.mapping = mapping;
        this.planYear = planYear;
        this.leads = leads;
        this.warnings = warnings;
    }

    void warn(SourceRow row, String message) {
        warnings.add(new ImportWarning(sheetName, row.location(), message));
    }

    /** The text of every column holding the field, joined (two "Lead" columns: officer and organisation). */
    String text(SourceRow row, ImportField field) {
        List<String> parts = new ArrayList<>();
        for (ColumnRule c : mapping.columns(field)) {
            String t = row.text(c.index());
            if (!t.isEmpty() && !parts.contains(t)) {
                parts.add(t);
            }
        }
        return String.join(field == ImportField.LEADS ? " " : "\n", parts);
    }

    SourceCell cell(SourceRow row, ImportField field) {
        return mapping.column(field).map(c -> row.cell(c.index())).orElse(SourceCell.EMPTY);
    }
}
