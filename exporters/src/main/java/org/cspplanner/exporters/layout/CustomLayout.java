package org.cspplanner.exporters.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cspplanner.model.Plan;

/**
 * The user's own layout: chosen columns, grouping and order. It is saved with the plan as a small JSON string
 * under {@link #SETTINGS_KEY}, e.g. {@code {"columns":["code","title","lead","rag"],"grouping":"theme","sort":"plan"}}.
 */
public record CustomLayout(List<CustomColumn> columns, Grouping grouping, SortOrder sort) {

    /** The key in {@link Plan#settings()} where the custom layout is kept. */
    public static final String SETTINGS_KEY = "layout.custom";

    /** What the rows are grouped under, each group with its own heading and table. */
    public enum Grouping { THEME, SECTION, NONE }

    /** The order of the rows within a group. */
    public enum SortOrder { PLAN, CODE, DUE, RAG }

    /** Reference, action, lead, due date, status, RAG and the period's update, grouped by theme in plan order. */
    public static final CustomLayout DEFAULT = new CustomLayout(
            List.of(CustomColumn.CODE, CustomColumn.TITLE, CustomColumn.LEAD, CustomColumn.DUE,
                    CustomColumn.STATUS, CustomColumn.RAG, CustomColumn.UPDATE),
            Grouping.THEME, SortOrder.PLAN);

    private static final ObjectMapper JSON = new ObjectMapper();

    public CustomLayout {
        columns = columns == null ? List.of() : List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A custom layout needs at least one column");
        }
        grouping = grouping == null ? Grouping.THEME : grouping;
        sort = sort == null ? SortOrder.PLAN : sort;
    }

    /** The layout saved with the plan, or the default. A damaged setting falls back to the default too. */
    public static CustomLayout savedIn(Plan plan) {
        String json = plan.settings().get(SETTINGS_KEY);
        if (json == null || json.isBlank()) {
            return DEFAULT;
        }
        try {
            return fromJson(json);
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode cols = root.putArray("columns");
        columns.forEach(c -> cols.add(c.key()));
        root.put("grouping", grouping.name().toLowerCase(Locale.ROOT));
        root.put("sort", sort.name().toLowerCase(Locale.ROOT));
        return root.toString();
    }

    /** @throws IllegalArgumentException when the text is not a custom layout */
    public static CustomLayout fromJson(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.path("columns").isArray()) {
                throw new IllegalArgumentException("A custom layout needs a list of columns");
            }
            List<CustomColumn> cols = new ArrayList<>();
            root.path("columns").forEach(n -> cols.add(CustomColumn.fromKey(n.asText())));
            return new CustomLayout(cols,
                    enumValue(Grouping.class, root.path("grouping").asText("theme")),
                    enumValue(SortOrder.class, root.path("sort").asText("plan")));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a custom layout: " + e.getOriginalMessage(), e);
        }
    }

    /** A copy of the plan with this layout saved in its settings. */
    public Plan saveIn(Plan plan) {
        var settings = new java.util.TreeMap<>(plan.settings());
        settings.put(SETTINGS_KEY, toJson());
        return plan.toBuilder().settings(settings).build();
    }

    public Optional<Integer> indexOf(CustomColumn column) {
        int i = columns.indexOf(column);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown " + type.getSimpleName().toLowerCase(Locale.ROOT)
                    + " '" + text + "'", e);
        }
    }
}
