package org.cspplanner.exporters.importing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which column of the action table holds which field, found from the header row or corrected by the user.
 * {@code headerRow} is the header's row number as the user sees it (1-based; 0 when it should be found again).
 * Saved as JSON so a team can reuse it every quarter ({@code --mapping FILE}).
 */
public record ColumnMapping(int headerRow, List<ColumnRule> columns) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public ColumnMapping {
        headerRow = Math.max(0, headerRow);
        columns = columns == null ? List.of()
                : columns.stream().sorted(Comparator.comparingInt(ColumnRule::index)).toList();
    }

    /** The first column holding the field. */
    public Optional<ColumnRule> column(ImportField field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    /** Every column holding the field, left to right. */
    public List<ColumnRule> columns(ImportField field) {
        return columns.stream().filter(c -> c.field() == field).toList();
    }

    @JsonIgnore
    public boolean has(ImportField field) {
        return column(field).isPresent();
    }

    /** The same mapping with one column's field changed (the mapping step's correction). */
    public ColumnMapping with(int index, ImportField field) {
        List<ColumnRule> out = new ArrayList<>();
        boolean found = false;
        for (ColumnRule c : columns) {
            if (c.index() == index) {
                out.add(c.withField(field));
                found = true;
            } else {
                out.add(c);
            }
        }
        if (!found) {
            out.add(ColumnRule.of(index, "", field));
        }
        return new ColumnMapping(headerRow, out);
    }

    /** One line per column, for previews and the command line. */
    public List<String> describe() {
        return columns.stream().filter(c -> c.field() != ImportField.IGNORE).map(ColumnRule::describe).toList();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A column mapping could not be written as JSON", e);
        }
    }

    public static ColumnMapping fromJson(String json) throws ImportException {
        try {
            ColumnMapping m = JSON.readValue(json, ColumnMapping.class);
            if (m == null || m.columns().isEmpty()) {
                throw new ImportException("The mapping file lists no columns.");
            }
            return m;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ImportException("The mapping file is not a valid column mapping: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    public void save(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    public static ColumnMapping load(Path file) throws ImportException {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ImportException("The mapping file '" + file.getFileName() + "' cannot be read.", e);
        }
    }
}
