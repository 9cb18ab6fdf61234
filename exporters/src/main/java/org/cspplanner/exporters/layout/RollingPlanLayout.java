package org.cspplanner.exporters.layout;

import java.util.ArrayList;
import java.util.List;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.document.Block;
import org.cspplanner.exporters.document.Cell;
import org.cspplanner.exporters.document.Column;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.exporters.document.Heading;
import org.cspplanner.exporters.document.Paragraph;
import org.cspplanner.exporters.document.Row;
import org.cspplanner.exporters.document.Table;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Theme;
import org.cspplanner.model.ThemeNarrative;

/**
 * Seed 002 (South Cambridgeshire rolling plan): per priority, its narrative questions and answers, then
 * Number · Action · Milestones · Lead agency · Other partners · Date completed by.
 */
final class RollingPlanLayout implements Layout {

    @Override
    public String name() {
        return "rolling-plan";
    }

    @Override
    public String description() {
        return "Per priority: why, what, approach and measures, then actions with their milestones (rolling plan)";
    }

    @Override
    public ExportDocument render(Plan plan, ExportOptions options) {
        ReportingPeriod period = options.periodFor(plan);
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("Number", 6),
                Column.of("Action", 24),
                Column.of("Milestones", 34),
                Column.of("Lead agency", 13),
                Column.of("Other partners", 13),
                Column.of("Date completed by", 9)));
        if (options.ragColumn()) {
            columns.add(Column.ragColumn("Progress (RAG)"));
        }
        List<Block> blocks = PlanText.opening(plan, period);
        for (Theme theme : plan.themes()) {
            blocks.add(new Heading(2, theme.heading(), true));
            if (!theme.description().isEmpty()) {
                blocks.add(Paragraph.of(theme.description()));
            }
            narrative(theme.narrative(), blocks);
            List<Row> rows = new ArrayList<>();
            for (Action a : theme.actions()) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.strong(a.code()));
                cells.add(Cell.of(a.title() + (a.description().isEmpty() ? "" : "\n" + a.description())));
                cells.add(Cell.of(PlanText.milestoneLines(a)));
                cells.add(Cell.of(a.leadsDisplay()));
                cells.add(Cell.of(String.join(", ", a.partners())));
                cells.add(Cell.of(PlanText.due(a)));
                if (options.ragColumn()) {
                    cells.add(PlanText.ragCell(a, period));
                }
                rows.add(new Row(cells, a.id()));
            }
            blocks.add(new Table(theme.heading(), "", columns, rows));
        }
        return new ExportDocument(PlanText.info(plan, name(), period), blocks);
    }

    private static void narrative(ThemeNarrative n, List<Block> blocks) {
        add(blocks, "Why is this a priority?", n.whyPriority());
        add(blocks, "What do we hope to do?", n.whatWeHopeToDo());
        add(blocks, "What will our approach be?", n.approach());
        add(blocks, "How will we measure success?", n.howSuccessIsMeasured());
        add(blocks, "What data will we use to measure the success?", n.dataUsed());
    }

    private static void add(List<Block> blocks, String question, String answer) {
        if (!answer.isEmpty()) {
            blocks.add(new Paragraph(question, answer));
        }
    }
}
