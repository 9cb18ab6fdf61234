package org.cspplanner.model.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** The table of contents of a backup: which plan entries it holds and the SHA-256 of each. */
record BackupManifest(Instant createdAt, List<Entry> plans, String contentSha256) {

    static final String ENTRY_NAME = "manifest.json";
    static final String FORMAT = "csp-backup";
    static final int VERSION = 1;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** One plan in the backup. */
    record Entry(UUID planId, String name, String sha256, long size) {
        static String nameFor(UUID planId) {
            return "plans/" + planId + ".json";
        }
    }

    BackupManifest {
        plans = List.copyOf(plans);
    }

    /** A strict reader: duplicate keys, deep nesting and long strings are refused, and no type comes from the file. */
    private static ObjectMapper mapper() {
        return new ObjectMapper(JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(8).maxStringLength(10_000).maxNumberLength(20).build())
                .build()).enable(SerializationFeature.INDENT_OUTPUT);
    }

    byte[] toBytes() {
        ObjectMapper mapper = mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("createdAt", createdAt.toString());
        root.put("contentSha256", contentSha256);
        ArrayNode list = root.putArray("plans");
        for (Entry e : plans) {
            list.addObject().put("id", e.planId().toString()).put("entry", e.name()).put("sha256", e.sha256()).put("size", e.size());
        }
        try {
            return mapper.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BackupManifest fromBytes(byte[] json) {
        JsonNode root;
        try {
            root = mapper().readTree(json);
        } catch (IOException e) {
            throw damaged("its table of contents is not valid JSON (" + e.getClass().getSimpleName() + ")", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw damaged("its table of contents is not a CSP Planner backup manifest", null);
        }
        if (!root.path("version").isInt() || root.path("version").intValue() != VERSION) {
            throw new BackupException("This backup was written by a different version of CSP Planner (backup format version "
                    + root.path("version").asText("?") + "); this version reads version " + VERSION + ".", null);
        }
        Instant created;
        try {
            created = Instant.parse(root.path("createdAt").asText(""));
        } catch (DateTimeParseException e) {
            throw damaged("its date of writing is missing or invalid", e);
        }
        String content = root.path("contentSha256").asText("");
        if (!SHA256.matcher(content).matches()) {
            throw damaged("its overall checksum is missing or invalid", null);
        }
        JsonNode list = root.path("plans");
        if (!list.isArray()) {
            throw damaged("its list of plans is missing", null);
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode n : list) {
            UUID id;
            try {
                id = UUID.fromString(n.path("id").asText(""));
            } catch (IllegalArgumentException e) {
                throw damaged("a plan in its list has no valid id", e);
            }
            String sha = n.path("sha256").asText("");
            String name = n.path("entry").asText("");
            if (!SHA256.matcher(sha).matches() || !name.equals(Entry.nameFor(id)) || !n.path("size").canConvertToLong()) {
                throw damaged("the entry for plan " + id + " in its list is invalid", null);
            }
            entries.add(new Entry(id, name, sha, n.path("size").longValue()));
        }
        return new BackupManifest(created, entries, content);
    }

    static BackupException damaged(String why, Throwable cause) {
        return new BackupException("This file cannot be restored: " + why + ". Nothing was changed.", cause);
    }
}
