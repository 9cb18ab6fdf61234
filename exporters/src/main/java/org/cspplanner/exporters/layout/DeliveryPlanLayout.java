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
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;

/**
 * Seed 003 (Fenland year-end report): the RAG key, then per theme Action Plan No · Action · Outcome · Project ·
 * Target · Lead Officer and Organisation · Progress narrative / Risk · Progress (RAG), one row per project
 * (milestone) under an action whose number, title and outcome span them.
 */
final class DeliveryPlanLayout implements Layout {

    private static final int SPANNED = 3;

    @Override
    public String name() {
        return "delivery-plan";
    }

    @Override
    public String description() {
        return "RAG key, then actions with one row per project: target, lead, narrative and RAG (delivery plan)";
    }

    @Override
    public ExportDocument render(Plan plan, ExportOptions options) {
        ReportingPeriod period = options.periodFor(plan);
        List<Column> columns = List.of(
                Column.of("Action Plan No", 6),
                Column.of("Action", 14),
                Column.of("Outcome", 14),
                Column.of("Project", 14),
                Column.of("Target", 13),
                Column.of("Lead Officer and Organisation", 10),
                Column.of("Progress narrative / Risk", 22),
                Column.ragColumn("Progress (RAG)"));
        List<Block> blocks = PlanText.opening(plan, period);
        blocks.add(PlanText.ragKey(plan));
        for (Theme theme : plan.themes()) {
            blocks.add(new Heading(2, theme.heading(), true));
            List<Row> rows = new ArrayList<>();
            for (Action a : theme.actions()) {
                rows.addAll(rows(a, period));
            }
            blocks.add(new Table(theme.heading(), "", columns, rows));
        }
        return new ExportDocument(PlanText.info(plan, name(), period), blocks);
    }

    private static List<Row> rows(Action a, ReportingPeriod period) {
        String narrative = a.updateFor(period).map(Update::text).orElse("");
        List<Cell> spanned = List.of(Cell.strong(a.code()), Cell.of(a.title()), Cell.of(a.outcome()));
        if (a.milestones().isEmpty()) {
            List<Cell> cells = new ArrayList<>(spanned);
            cells.add(Cell.of(a.description()));
            cells.add(Cell.of(PlanText.targetLines(a, period)));
            cells.add(Cell.of(a.leadsDisplay()));
            cells.add(Cell.of(narrative));
            cells.add(PlanText.ragCell(a, period));
            return List.of(new Row(cells, a.id()));
        }
        // Projects name their own leads; an action lead that no project row shows is named under the action.
        boolean leadsShown = a.leads().stream().allMatch(l -> a.milestones().stream()
                .anyMatch(m -> m.lead() == null || m.lead().equals(l)));
        if (!leadsShown) {
            spanned = List.of(spanned.get(0), Cell.of(a.title() + "\nLead: " + a.leadsDisplay()), spanned.get(2));
        }
        List<Row> rows = new ArrayList<>();
        int n = a.milestones().size();
        for (int i = 0; i < n; i++) {
            Milestone m = a.milestones().get(i);
            boolean first = i == 0;
            List<Cell> cells = new ArrayList<>();
            for (Cell c : spanned) {
                cells.add(first ? c.spanning(n) : c.asContinuation());
            }
            cells.add(Cell.of((m.code().isEmpty() ? "" : m.code() + " ") + m.text()));
            String target = m.target();
            if (first && target.isEmpty()) {
                target = PlanText.targetLines(a, period);
            }
            cells.add(Cell.of(target));
            cells.add(Cell.of(m.lead() != null ? m.lead().display() : a.leadsDisplay()));
            String progress = !m.progress().isEmpty() ? m.progress() : first ? narrative : "";
            cells.add(Cell.of(progress));
            cells.add(m.rag() != null ? PlanText.ragCell(m.rag()) : PlanText.ragCell(a, period));
            rows.add(new Row(cells, a.id()));
        }
        return rows;
    }
}
