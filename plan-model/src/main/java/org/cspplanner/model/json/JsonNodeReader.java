package org.cspplanner.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One object of a JSON document with its path ("themes[1].actions[3]"), so that every complaint
 * about wrong types or values says exactly where it is.
 */
final class JsonNodeReader {

    private final JsonNode node;
    private final String path;

    JsonNodeReader(JsonNode node, String path) throws JsonFormatException {
        if (node == null || !node.isObject()) {
            throw error(path, "must be an object");
        }
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    static JsonFormatException error(String path, String problem) {
        return new JsonFormatException((path.isEmpty() ? "The document" : path) + ": " + problem, null);
    }

    JsonFormatException error(String problem) {
        return error(path, problem);
    }

    private String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private JsonNode value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    String requiredText(String field) throws JsonFormatException {
        String s = text(field);
        if (s == null || s.isBlank()) {
            throw error(at(field), "is required");
        }
        return s;
    }

    /** A string, or null when missing or null. */
    String text(String field) throws JsonFormatException {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw error(at(field), "must be a string, not " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return v.textValue();
    }

    String textOrEmpty(String field) throws JsonFormatException {
        String s = text(field);
        return s == null ? "" : s;
    }

    int requiredInt(String field) throws JsonFormatException {
        JsonNode v = value(field);
        if (v == null || !v.canConvertToExactIntegral() || !v.isNumber()) {
            throw error(at(field), "must be a whole number");
        }
        return v.intValue();
    }

    BigDecimal number(String field) throws JsonFormatException {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw error(at(field), "must be a number");
        }
        return v.decimalValue();
    }

    UUID uuid(String field) throws JsonFormatException {
        String s = text(field);
        if (s == null) {
            return null;
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw error(at(field), "'" + s + "' is not an id (UUID)");
        }
    }

    LocalDate date(String field) throws JsonFormatException {
        String s = text(field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error(at(field), "'" + s + "' is not a date in the form 2026-03-31");
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) throws JsonFormatException {
        String s = text(field);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw error(at(field), "'" + s + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A nested object, or null when missing or null. */
    JsonNodeReader object(String field) throws JsonFormatException {
        JsonNode v = value(field);
        return v == null ? null : new JsonNodeReader(v, at(field));
    }

    List<JsonNodeReader> objects(String field) throws JsonFormatException {
        JsonNode v = value(field);
        List<JsonNodeReader> items = new ArrayList<>();
        if (v == null) {
            return items;
        }
        if (!v.isArray()) {
            throw error(at(field), "must be a list");
        }
        for (int i = 0; i < v.size(); i++) {
            items.add(new JsonNodeReader(v.get(i), at(field) + "[" + i + "]"));
        }
        return items;
    }

    List<String> strings(String field) throws JsonFormatException {
        JsonNode v = value(field);
        List<String> items = new ArrayList<>();
        if (v == null) {
            return items;
        }
        if (!v.isArray()) {
            throw error(at(field), "must be a list");
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw error(at(field) + "[" + i + "]", "must be a string");
            }
            items.add(v.get(i).textValue());
        }
        return items;
    }

    /** The string fields of an object, for free-form maps such as settings. */
    java.util.Map<String, String> stringMap(String field) throws JsonFormatException {
        JsonNode v = value(field);
        java.util.Map<String, String> map = new java.util.TreeMap<>();
        if (v == null) {
            return map;
        }
        if (!v.isObject()) {
            throw error(at(field), "must be an object");
        }
        var fields = v.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (!e.getValue().isTextual()) {
                throw error(at(field) + "." + e.getKey(), "must be a string");
            }
            map.put(e.getKey(), e.getValue().textValue());
        }
        return map;
    }
}
