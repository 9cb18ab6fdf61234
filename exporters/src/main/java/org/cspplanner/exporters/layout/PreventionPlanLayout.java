package org.cspplanner.exporters.layout;

import java.util.ArrayList;
import java.util.List;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.document.Block;
import org.cspplanner.exporters.document.Cell;
import org.cspplanner.exporters.document.Column;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.exporters.document.Heading;
import org.cspplanner.exporters.document.Row;
import org.cspplanner.exporters.document.Table;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Theme;

/** Seed 000 (Littleport): Action · Detail · Updates · Updates, the previous and the chosen quarter's updates side by side. */
final class PreventionPlanLayout implements Layout {

    @Override
    public String name() {
        return "prevention-plan";
    }

    @Override
    public String description() {
        return "Action, detail and the last two quarters' updates side by side (prevention plan)";
    }

    @Override
    public ExportDocument render(Plan plan, ExportOptions options) {
        ReportingPeriod period = options.periodFor(plan);
        ReportingPeriod previous = period.previous();
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("Action", 16),
                Column.of("Detail", 34),
                Column.of("Updates " + previous.label(), 24),
                Column.of("Updates " + period.label(), 24)));
        if (options.ragColumn()) {
            columns.add(Column.ragColumn("Progress (RAG)"));
        }
        List<Block> blocks = PlanText.opening(plan, period);
        for (Theme theme : plan.themes()) {
            blocks.add(new Heading(2, theme.heading(), true));
            List<Row> rows = new ArrayList<>();
            for (Action a : theme.actions()) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.strong(PlanText.codeAndTitle(a)));
                cells.add(Cell.of(detail(a)));
                cells.add(Cell.of(a.updateFor(previous).map(PlanText::updateText).orElse("")));
                cells.add(Cell.of(a.updateFor(period).map(PlanText::updateText).orElse("")));
                if (options.ragColumn()) {
                    cells.add(PlanText.ragCell(a, period));
                }
                rows.add(new Row(cells, a.id()));
            }
            blocks.add(new Table(theme.heading(), "", columns, rows));
        }
        return new ExportDocument(PlanText.info(plan, name(), period), blocks);
    }

    private static String detail(Action a) {
        StringBuilder s = new StringBuilder(PlanText.detail(a));
        if (!a.leads().isEmpty()) {
            s.append(s.length() > 0 ? "\n" : "").append("Lead: ").append(a.leadsDisplay());
        }
        if (!a.partners().isEmpty()) {
            s.append(s.length() > 0 ? "\n" : "").append("Partners: ").append(String.join(", ", a.partners()));
        }
        return s.toString();
    }
}
