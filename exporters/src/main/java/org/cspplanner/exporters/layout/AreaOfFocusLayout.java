package org.cspplanner.exporters.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Seed 001 (East Cambridgeshire): Area of focus · Commitment · Lead. The area is the action's strategic section
 * where it has one, else its theme; it is written once, on the first row of each run of actions sharing it.
 */
final class AreaOfFocusLayout implements Layout {

    @Override
    public String name() {
        return "area-of-focus";
    }

    @Override
    public String description() {
        return "Commitments grouped by area of focus, with their leads (action plan)";
    }

    @Override
    public ExportDocument render(Plan plan, ExportOptions options) {
        ReportingPeriod period = options.periodFor(plan);
        Map<UUID, String> sections = plan.strategicSections().stream()
                .collect(Collectors.toMap(StrategicSection::id, StrategicSection::title));
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("Area of focus", 18),
                Column.of("Commitment", 56),
                Column.of("Lead", 18)));
        if (options.ragColumn()) {
            columns.add(Column.ragColumn("Progress (RAG)"));
        }
        List<Block> blocks = PlanText.opening(plan, period);
        for (Theme theme : plan.themes()) {
            blocks.add(new Heading(2, theme.heading(), true));
            List<Action> actions = theme.actions();
            List<Row> rows = new ArrayList<>();
            int i = 0;
            while (i < actions.size()) {
                String area = areaOf(actions.get(i), theme, sections);
                int end = i + 1;
                while (end < actions.size() && areaOf(actions.get(end), theme, sections).equals(area)) {
                    end++;
                }
                for (int j = i; j < end; j++) {
                    Cell areaCell = Cell.strong(area);
                    rows.add(row(actions.get(j), j == i ? areaCell.spanning(end - i) : areaCell.asContinuation(),
                            period, options));
                }
                i = end;
            }
            blocks.add(new Table(theme.heading(), "", columns, rows));
        }
        return new ExportDocument(PlanText.info(plan, name(), period), blocks);
    }

    private static String areaOf(Action a, Theme theme, Map<UUID, String> sections) {
        String section = a.sectionId() == null ? null : sections.get(a.sectionId());
        return section != null ? section : theme.title();
    }

    private static Row row(Action a, Cell area, ReportingPeriod period, ExportOptions options) {
        List<Cell> cells = new ArrayList<>();
        cells.add(area);
        String commitment = PlanText.codeAndTitle(a) + (a.description().isEmpty() ? "" : "\n" + a.description());
        cells.add(Cell.of(commitment));
        cells.add(Cell.of(a.leadsDisplay()));
        if (options.ragColumn()) {
            cells.add(PlanText.ragCell(a, period));
        }
        return new Row(cells, a.id());
    }
}
