package org.cspplanner.exporters.report;

import java.util.ArrayList;
import java.util.List;
import org.cspplanner.exporters.document.Cell;
import org.cspplanner.exporters.document.Column;
import org.cspplanner.exporters.document.Row;
import org.cspplanner.exporters.document.Table;
import org.cspplanner.model.Action;
import org.cspplanner.model.Rag;
import org.cspplanner.model.RagScheme;
import org.cspplanner.model.report.ActionState;
import org.cspplanner.model.report.ExceptionLine;
import org.cspplanner.model.report.RagCounts;
import org.cspplanner.model.report.RagReport;
import org.cspplanner.model.report.TargetLine;
import org.cspplanner.model.report.ThemeSummary;

/** The report's tables, as format-neutral tables: RAG cells carry their word as well as their colour. */
final class ReportTables {

    private ReportTables() {
    }

    static ReportItem key(RagScheme scheme) {
        List<Row> rows = List.of(
                row(Cell.rag(Rag.GREEN, "Green"), Cell.of(scheme.green())),
                row(Cell.rag(Rag.AMBER, "Amber"), Cell.of(scheme.amber())),
                row(Cell.rag(Rag.RED, "Red"), Cell.of(scheme.red())),
                row(Cell.strong("Complete"), Cell.of(scheme.complete())),
                row(Cell.strong("Not rated"), Cell.of("No update with a rating was received for the quarter")));
        return new ReportItem.Grid("What each rating means", new Table("", "",
                List.of(new Column("Rating", 14, true), Column.of("Meaning", 86)), rows));
    }

    static ReportItem summary(RagReport r) {
        List<Row> rows = new ArrayList<>();
        for (ThemeSummary t : r.themes()) {
            rows.add(summaryRow(t, false));
        }
        rows.add(summaryRow(r.totals(), true));
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("Theme", 34));
        for (ActionState s : ActionState.values()) {
            columns.add(Column.of(s.word(), 11));
        }
        columns.add(Column.of("Total", 11));
        return new ReportItem.Grid("Actions by rating in " + r.period().label() + ", with the change since "
                + r.previousPeriod().label(), new Table("", "", columns, rows));
    }

    private static Row summaryRow(ThemeSummary t, boolean total) {
        List<Cell> cells = new ArrayList<>();
        cells.add(total ? Cell.strong(t.heading()) : Cell.of(t.heading()));
        RagCounts change = t.change();
        for (ActionState s : ActionState.values()) {
            String text = t.now().get(s) + " (" + RagCounts.signed(change.get(s)) + ")";
            cells.add(total ? Cell.strong(text) : Cell.of(text));
        }
        String all = String.valueOf(t.now().total());
        cells.add(total ? Cell.strong(all) : Cell.of(all));
        return new Row(cells, null);
    }

    static ReportItem exceptions(RagReport r) {
        List<Row> rows = new ArrayList<>();
        for (ExceptionLine e : r.exceptions()) {
            rows.add(new Row(List.of(
                    Cell.strong(ReportBuilder.code(e.action())),
                    Cell.of(e.action().leadsDisplay()),
                    ReportBuilder.stateCell(e.state()),
                    Cell.of(e.change()),
                    Cell.of(e.narrative() + "\n(" + e.updatedBy() + ")")), e.action().id()));
        }
        return new ReportItem.Grid("Red and Amber actions in " + r.period().label(), new Table("", "", List.of(
                Column.of("Action", 24), Column.of("Lead", 13), new Column("RAG", 9, true),
                Column.of("What changed", 13), Column.of("Latest update", 41)), rows));
    }

    static ReportItem noUpdate(RagReport r) {
        if (r.noUpdate().isEmpty()) {
            return ReportItem.Text.of("Every open action had an update in " + r.period().label() + ".");
        }
        List<Row> rows = new ArrayList<>();
        for (Action a : r.noUpdate()) {
            rows.add(new Row(List.of(Cell.strong(ReportBuilder.code(a)), Cell.of(a.leadsDisplay()),
                    Cell.of(a.status().label()), Cell.of(ReportBuilder.lastUpdate(a, r.period()))), a.id()));
        }
        return new ReportItem.Grid("Open actions with no update in " + r.period().label(), new Table("", "", List.of(
                Column.of("Action", 50), Column.of("Lead", 22), Column.of("Status", 13), Column.of("Last update", 15)), rows));
    }

    static ReportItem overdue(RagReport r) {
        if (r.overdue().isEmpty()) {
            return ReportItem.Text.of("No open action was past its due date on " + r.dateDisplay() + ".");
        }
        List<Row> rows = new ArrayList<>();
        for (Action a : r.overdue()) {
            rows.add(new Row(List.of(Cell.strong(ReportBuilder.code(a)), Cell.of(a.leadsDisplay()),
                    Cell.of(a.due().display()), ReportBuilder.stateCell(ActionState.of(a, r.period()))), a.id()));
        }
        return new ReportItem.Grid("Open actions past their due date on " + r.dateDisplay(), new Table("", "", List.of(
                Column.of("Action", 52), Column.of("Lead", 22), Column.of("Due", 13), new Column("RAG", 13, true)), rows));
    }

    static ReportItem targets(RagReport r) {
        List<Row> rows = new ArrayList<>();
        for (TargetLine t : r.targets()) {
            Cell rag = t.rag().map(x -> Cell.rag(x, x.word())).orElse(Cell.of(t.ragWord()));
            rows.add(new Row(List.of(
                    Cell.strong(t.action().code()),
                    Cell.of(t.target().description()),
                    Cell.of(t.baselineDisplay()),
                    Cell.of(t.targetDisplay()),
                    Cell.of(t.latestDisplay()),
                    rag,
                    Cell.of(t.direction().display())), t.action().id()));
        }
        return new ReportItem.Grid("Targets at " + r.period().label(), new Table("", "", List.of(
                Column.of("Action", 9), Column.of("Target", 29), Column.of("Baseline", 15), Column.of("Target figure", 12),
                Column.of("Latest actual", 15), new Column("RAG", 9, true), Column.of("Direction", 11)), rows));
    }

    private static Row row(Cell... cells) {
        return new Row(List.of(cells), null);
    }
}
