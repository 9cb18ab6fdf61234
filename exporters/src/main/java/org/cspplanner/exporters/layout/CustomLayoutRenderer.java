package org.cspplanner.exporters.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;

/** The {@code custom} layout: renders the user's {@link CustomLayout}, from the options or saved with the plan. */
final class CustomLayoutRenderer implements Layout {

    @Override
    public String name() {
        return "custom";
    }

    @Override
    public String description() {
        return "Your own choice of columns, grouping and order, saved with the plan";
    }

    @Override
    public ExportDocument render(Plan plan, ExportOptions options) {
        CustomLayout layout = options.custom() != null ? options.custom() : CustomLayout.savedIn(plan);
        ReportingPeriod period = options.periodFor(plan);
        List<Column> columns = layout.columns().stream().map(c -> column(c, period)).toList();
        Map<UUID, StrategicSection> sections = plan.strategicSections().stream()
                .collect(Collectors.toMap(StrategicSection::id, s -> s));
        List<Block> blocks = PlanText.opening(plan, period);
        for (Map.Entry<String, List<Item>> group : groups(plan, layout.grouping(), sections).entrySet()) {
            if (layout.grouping() != CustomLayout.Grouping.NONE) {
                blocks.add(new Heading(2, group.getKey(), layout.grouping() == CustomLayout.Grouping.THEME));
            }
            List<Row> rows = new ArrayList<>();
            for (Item item : sorted(group.getValue(), layout.sort(), period)) {
                List<Cell> cells = layout.columns().stream().map(c -> cell(c, item, period, sections)).toList();
                rows.add(new Row(cells, item.action().id()));
            }
            boolean byTheme = layout.grouping() == CustomLayout.Grouping.THEME;
            blocks.add(new Table(byTheme ? group.getKey() : "", layout.grouping() == CustomLayout.Grouping.SECTION
                    ? group.getKey() : "", columns, rows));
        }
        return new ExportDocument(PlanText.info(plan, name(), period), blocks);
    }

    private record Item(Theme theme, Action action) {
    }

    private static Column column(CustomColumn c, ReportingPeriod period) {
        return switch (c) {
            case RAG -> Column.ragColumn(c.header());
            case UPDATE -> Column.of("Update " + period.label(), c.weight());
            default -> Column.of(c.header(), c.weight());
        };
    }

    private static Map<String, List<Item>> groups(Plan plan, CustomLayout.Grouping grouping,
                                                  Map<UUID, StrategicSection> sections) {
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        if (grouping == CustomLayout.Grouping.SECTION) {
            plan.strategicSections().forEach(s -> groups.put(ActionPlanMatrixLayout.sectionHeading(s), new ArrayList<>()));
        }
        for (Theme theme : plan.themes()) {
            if (grouping == CustomLayout.Grouping.THEME) {
                groups.put(theme.heading(), new ArrayList<>());
            }
            for (Action a : theme.actions()) {
                String key = switch (grouping) {
                    case THEME -> theme.heading();
                    case NONE -> "";
                    case SECTION -> a.sectionId() != null && sections.containsKey(a.sectionId())
                            ? ActionPlanMatrixLayout.sectionHeading(sections.get(a.sectionId())) : "Other actions";
                };
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Item(theme, a));
            }
        }
        if (grouping == CustomLayout.Grouping.SECTION) {
            groups.values().removeIf(List::isEmpty);
        }
        return groups;
    }

    private static List<Item> sorted(List<Item> items, CustomLayout.SortOrder sort, ReportingPeriod period) {
        Comparator<Item> order = switch (sort) {
            case PLAN -> null;
            case CODE -> Comparator.comparing(i -> i.action().code(), CodeOrder.INSTANCE);
            case DUE -> Comparator.comparing(i -> i.action().due(), Comparator.nullsLast(Comparator.naturalOrder()));
            case RAG -> Comparator.comparingInt(i -> PlanText.ragAt(i.action(), period).map(Rag::ordinal).orElse(3));
        };
        return order == null ? items : items.stream().sorted(order).toList();
    }

    private static Cell cell(CustomColumn c, Item item, ReportingPeriod period, Map<UUID, StrategicSection> sections) {
        Action a = item.action();
        return switch (c) {
            case CODE -> Cell.strong(a.code());
            case TITLE -> Cell.of(a.title());
            case DESCRIPTION -> Cell.of(a.description());
            case OUTCOME -> Cell.of(a.outcome());
            case LEAD -> Cell.of(a.leadsDisplay());
            case PARTNERS -> Cell.of(String.join(", ", a.partners()));
            case BARRIERS -> Cell.of(a.barriers());
            case MILESTONES -> Cell.of(PlanText.milestoneLines(a));
            case TARGETS -> Cell.of(PlanText.targetLines(a, period));
            case START -> Cell.of(a.start() == null ? "" : a.start().display());
            case DUE -> Cell.of(PlanText.due(a));
            case STATUS -> Cell.of(a.status().label());
            case RAG -> PlanText.ragCell(a, period);
            case UPDATE -> Cell.of(a.updateFor(period).map(Update::text).orElse(""));
            case PREVIOUS_UPDATE -> Cell.of(a.latestUpdate(period.previous()).map(Update::text).orElse(""));
            case THEME -> Cell.of(item.theme().heading());
            case SECTION -> Cell.of(a.sectionId() != null && sections.containsKey(a.sectionId())
                    ? sections.get(a.sectionId()).title() : "");
            case TAGS -> Cell.of(String.join(", ", a.tags()));
        };
    }
}
