package org.cspplanner.exporters.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Theme;

/**
 * Seed 004 (North West Leicestershire): per priority and per strategic section, Action (code) · Intended Outcome ·
 * Lead agency · Possible barriers · Completion date. Every section is shown under every priority, and an empty one
 * says "No Action set", because the board reads the gaps as much as the actions.
 */
final class ActionPlanMatrixLayout implements Layout {

    static final String NO_ACTION_SET = "No Action set";

    @Override
    public String name() {
        return "action-plan-matrix";
    }

    @Override
    public String description() {
        return "Each priority crossed with each strategic section; empty sections say \"No Action set\"";
    }

    @Override
    public ExportDocument render(Plan plan, ExportOptions options) {
        ReportingPeriod period = options.periodFor(plan);
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("Action", 30),
                Column.of("Intended Outcome", 28),
                Column.of("Lead agency", 13),
                Column.of("Possible barriers", 17),
                Column.of("Completion date", 9)));
        if (options.ragColumn()) {
            columns.add(Column.ragColumn("Progress (RAG)"));
        }
        Set<UUID> sectionIds = plan.strategicSections().stream().map(StrategicSection::id).collect(Collectors.toSet());
        List<Block> blocks = PlanText.opening(plan, period);
        for (Theme theme : plan.themes()) {
            blocks.add(new Heading(2, theme.heading(), true));
            for (StrategicSection section : plan.strategicSections()) {
                List<Action> in = theme.actions().stream().filter(a -> section.id().equals(a.sectionId())).toList();
                addSection(blocks, theme, sectionHeading(section), in, columns, period, options);
            }
            List<Action> other = theme.actions().stream()
                    .filter(a -> a.sectionId() == null || !sectionIds.contains(a.sectionId())).toList();
            if (!other.isEmpty() || plan.strategicSections().isEmpty()) {
                String heading = plan.strategicSections().isEmpty() ? "Actions" : "Other actions";
                addSection(blocks, theme, heading, other, columns, period, options);
            }
        }
        return new ExportDocument(PlanText.info(plan, name(), period), blocks);
    }

    static String sectionHeading(StrategicSection s) {
        String code = s.code().isEmpty() ? "" : s.code().matches("\\d+") ? "Section " + s.code() + " – " : s.code() + " – ";
        return code + s.title();
    }

    private static void addSection(List<Block> blocks, Theme theme, String heading, List<Action> actions,
                                   List<Column> columns, ReportingPeriod period, ExportOptions options) {
        blocks.add(new Heading(3, heading, false));
        List<Row> rows = new ArrayList<>();
        for (Action a : actions) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(PlanText.codeAndTitle(a)));
            cells.add(Cell.of(a.outcome()));
            cells.add(Cell.of(a.leadsDisplay()));
            cells.add(Cell.of(a.barriers()));
            cells.add(Cell.of(PlanText.due(a)));
            if (options.ragColumn()) {
                cells.add(PlanText.ragCell(a, period));
            }
            rows.add(new Row(cells, a.id()));
        }
        if (rows.isEmpty()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(NO_ACTION_SET));
            while (cells.size() < columns.size()) {
                cells.add(Cell.EMPTY);
            }
            rows.add(new Row(cells, null));
        }
        blocks.add(new Table(theme.heading(), Objects.requireNonNullElse(heading, ""), columns, rows));
    }
}
