package org.cspplanner.exporters.returns;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.returns.Recipient;

/** The hidden identifiers of a return, as read from its very hidden sheet: what was sent, to whom, for which quarter. */
record ReturnManifest(UUID planId, String planTitle, ReportingPeriod period, Recipient recipient,
                      LocalDateTime generatedAt, List<Item> items) {

    /** One thing sent: an action, a target or a milestone, with the action it belongs to. */
    record Item(String kind, UUID id, UUID actionId, String code, String label, String statusSent) {
    }

    static ReturnManifest read(String fileName, Sheet sheet) {
        Map<String, String> values = new HashMap<>();
        List<Item> items = new ArrayList<>();
        boolean inItems = false;
        for (Row row : sheet) {
            String key = ReturnCells.of(row, 0).text();
            if (inItems) {
                items.add(new Item(key, uuid(fileName, ReturnCells.of(row, 1).text()),
                        uuid(fileName, ReturnCells.of(row, 2).text()), ReturnCells.of(row, 3).text(),
                        ReturnCells.of(row, 4).text(), ReturnCells.of(row, 5).text()));
            } else if (key.equals(ReturnLayout.ITEMS_HEADER)) {
                inItems = true;
            } else {
                values.put(key, ReturnCells.of(row, 1).text());
            }
        }
        if (!ReturnLayout.FORMAT.equals(values.get("format"))) {
            throw notOurs(fileName);
        }
        int version;
        try {
            version = Integer.parseInt(values.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw notOurs(fileName);
        }
        if (version > ReturnLayout.VERSION) {
            throw new ReturnFormatException(fileName + " was made by a newer version of CSP Planner: update the program to read it.");
        }
        try {
            return new ReturnManifest(uuid(fileName, values.get("plan id")), values.getOrDefault("plan title", ""),
                    ReportingPeriod.parse(values.get("period")),
                    new Recipient(values.get("recipient organisation"), values.get("recipient officer")),
                    LocalDateTime.parse(values.getOrDefault("generated at", "")), items);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ReturnFormatException(fileName + ": the return's hidden identifiers are damaged (" + e.getMessage() + ").", e);
        }
    }

    List<Item> items(String kind) {
        return items.stream().filter(i -> i.kind().equals(kind)).toList();
    }

    Optional<Item> item(String kind, String id) {
        return items(kind).stream().filter(i -> i.id().toString().equalsIgnoreCase(id.strip())).findFirst();
    }

    Optional<Item> action(UUID actionId) {
        return item(ReturnLayout.ITEM_ACTION, actionId.toString());
    }

    private static UUID uuid(String fileName, String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new ReturnFormatException(fileName + ": the return's hidden identifiers are damaged (bad id '" + text + "').", e);
        }
    }

    static ReturnFormatException notOurs(String fileName) {
        return new ReturnFormatException(fileName + " is not a return made by CSP Planner: its hidden identifiers are "
                + "missing (was it copied into a new workbook?).");
    }
}
