package org.cspplanner.exporters.returns;

import static org.cspplanner.exporters.returns.ReturnLayout.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.exporters.returns.ReturnManifest.Item;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Rag;
import org.cspplanner.model.returns.ReturnFile;
import org.cspplanner.model.returns.ReturnIssue;
import org.cspplanner.model.returns.ReturnIssue.Kind;
import org.cspplanner.model.returns.ReturnedAction;
import org.cspplanner.model.returns.ReturnedAction.ReturnedActual;
import org.cspplanner.model.returns.ReturnedAction.ReturnedMilestone;

/**
 * Reads a partner's returned workbook back into a {@link ReturnFile}. Rows are matched by their hidden ids
 * (so sorting, filtering and hiding do not matter), then by visible codes; rows added, copied or deleted,
 * cells typed over and values that make no sense become issues rather than errors. Formulas are never evaluated.
 */
public final class ReturnWorkbookReader {

    /** Reads one file; throws {@link ReturnFormatException} when it is not a return at all. */
    public ReturnFile read(String fileName, InputStream in) {
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new ReturnFormatException(fileName + " could not be opened as an Excel workbook (.xlsx).", e);
        }
        try (wb) {
            Sheet manifestSheet = wb.getSheet(MANIFEST);
            if (manifestSheet == null) {
                throw ReturnManifest.notOurs(fileName);
            }
            return new Reading(fileName, ReturnManifest.read(fileName, manifestSheet), wb).read();
        } catch (IOException e) {
            throw new ReturnFormatException(fileName + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads one file, turning a file that is not a return into a {@link ReturnFile#unreadable} one. */
    public ReturnFile readOrReport(String fileName, InputStream in) {
        try {
            return read(fileName, in);
        } catch (ReturnFormatException e) {
            return ReturnFile.unreadable(fileName, e.getMessage());
        }
    }

    /** The state of reading one file: the manifest, what each action received and the issues found. */
    private static final class Reading {
        private final String fileName;
        private final ReturnManifest manifest;
        private final XSSFWorkbook wb;
        private final List<ReturnIssue> issues = new ArrayList<>();
        private final Map<UUID, Entered> byAction = new LinkedHashMap<>();

        Reading(String fileName, ReturnManifest manifest, XSSFWorkbook wb) {
            this.fileName = fileName;
            this.manifest = manifest;
            this.wb = wb;
            manifest.items(ITEM_ACTION).forEach(i -> byAction.put(i.actionId(), new Entered(i.code())));
        }

        ReturnFile read() {
            readActions();
            readTargets();
            readMilestones();
            List<ReturnedAction> actions = new ArrayList<>();
            byAction.forEach((id, e) -> {
                if (e.hadRow || !e.actuals.isEmpty() || !e.milestones.isEmpty()) {
                    actions.add(new ReturnedAction(id, e.code, e.text, e.rag, e.actuals, e.milestones));
                }
            });
            Sheet instructions = wb.getSheet(INSTRUCTIONS);
            String completedBy = "";
            if (instructions != null) {
                for (Row row : instructions) {
                    if (COMPLETED_BY.equals(ReturnCells.of(row, 0).text())) {
                        completedBy = ReturnCells.of(row, 1).text();
                    }
                }
            }
            return new ReturnFile(fileName, manifest.planId(), manifest.planTitle(), manifest.period(),
                    manifest.recipient(), manifest.generatedAt(), completedBy, actions, issues);
        }

        private void readActions() {
            Map<Row, Item> rows = match(ACTIONS, ITEM_ACTION, A_ID, new int[] {A_CODE, A_TITLE},
                    i -> new String[] {i.code(), i.label()}, new int[] {A_UPDATE, A_RAG});
            rows.forEach((row, item) -> {
                Entered e = byAction.get(item.actionId());
                e.hadRow = true;
                ReturnCells update = cell(row, A_UPDATE, item.code());
                e.text = update.text();
                ReturnCells rag = cell(row, A_RAG, item.code());
                if (!rag.isBlank()) {
                    e.rag = Rag.fromWord(rag.text()).orElse(null);
                    if (e.rag == null) {
                        issue(Kind.INVALID_VALUE, item.code(), "The RAG '" + rag.text()
                                + "' is not Red, Amber or Green: no RAG was taken.");
                    }
                }
            });
            for (Item item : manifest.items(ITEM_ACTION)) {
                if (!byAction.get(item.actionId()).hadRow) {
                    issue(Kind.MISSING_ROW, item.code(), "No return for " + item.code()
                            + ": its row is missing from the file (deleted?).");
                }
            }
        }

        private void readTargets() {
            Map<Row, Item> rows = match(TARGETS, ITEM_TARGET, T_ID, new int[] {T_CODE, T_TARGET},
                    i -> new String[] {i.code(), i.label()}, new int[] {T_ACTUAL});
            rows.forEach((row, item) -> {
                ReturnCells actual = cell(row, T_ACTUAL, item.code());
                if (actual.isBlank()) {
                    return;
                }
                BigDecimal value = actual.asNumber();
                if (value == null) {
                    issue(Kind.INVALID_VALUE, item.code(), "The actual for '" + item.label() + "' is not a number ('"
                            + actual.text() + "'): it was ignored.");
                } else {
                    byAction.get(item.actionId()).actuals.add(new ReturnedActual(item.id(), item.label(), value));
                }
            });
            missing(ITEM_TARGET, rows, "target");
        }

        private void readMilestones() {
            Map<Row, Item> rows = match(MILESTONES, ITEM_MILESTONE, M_ID, new int[] {M_CODE, M_TEXT},
                    i -> new String[] {i.code(), i.label()}, new int[] {M_STATUS});
            rows.forEach((row, item) -> {
                String actionCode = manifest.action(item.actionId()).map(Item::code).orElse("");
                ReturnCells status = cell(row, M_STATUS, actionCode);
                if (status.isBlank()) {
                    return;
                }
                Optional<ActionStatus> parsed = ActionStatus.fromWord(status.text());
                if (parsed.isEmpty()) {
                    issue(Kind.INVALID_VALUE, actionCode, "The status '" + status.text() + "' of milestone "
                            + item.code() + " is not one of the list: it was ignored.");
                } else if (!parsed.get().label().equals(item.statusSent())) {
                    byAction.get(item.actionId()).milestones.add(new ReturnedMilestone(item.id(), item.code(), parsed.get()));
                }
            });
            missing(ITEM_MILESTONE, rows, "milestone");
        }

        private void missing(String kind, Map<Row, Item> rows, String what) {
            Set<UUID> found = new HashSet<>(rows.values().stream().map(Item::id).toList());
            if (wb.getSheet(kind.equals(ITEM_TARGET) ? TARGETS : MILESTONES) == null && manifest.items(kind).isEmpty()) {
                return;
            }
            for (Item item : manifest.items(kind)) {
                if (!found.contains(item.id())) {
                    String code = manifest.action(item.actionId()).map(Item::code).orElse("");
                    issue(Kind.MISSING_ROW, code, "The row for " + what + " '" + item.label()
                            + "' is missing from the file (deleted?).");
                }
            }
        }

        /**
         * Matches a sheet's rows to the items sent: first by hidden id, then, for rows whose id is gone, by their
         * visible key (code, title). A second row for the same item, or a row matching nothing, is reported and ignored.
         */
        private Map<Row, Item> match(String sheetName, String kind, int idColumn, int[] keyColumns,
                                     Function<Item, String[]> itemKey, int[] inputColumns) {
            Map<Row, Item> matched = new LinkedHashMap<>();
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                return matched;
            }
            Set<UUID> taken = new HashSet<>();
            List<Row> unmatched = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || blank(row, idColumn, keyColumns, inputColumns)) {
                    continue;
                }
                String id = ReturnCells.of(row, idColumn).text();
                Optional<Item> item = id.isEmpty() ? Optional.empty() : manifest.item(kind, id);
                if (item.isPresent() && taken.add(item.get().id())) {
                    matched.put(row, item.get());
                    typedOver(sheetName, row, keyColumns, itemKey.apply(item.get()), item.get());
                } else {
                    unmatched.add(row);
                }
            }
            for (Row row : unmatched) {
                String[] visible = visible(row, keyColumns);
                Optional<Item> byKey = manifest.items(kind).stream()
                        .filter(i -> !taken.contains(i.id()) && java.util.Arrays.equals(itemKey.apply(i), visible))
                        .findFirst();
                String where = "'" + sheetName + "' row " + (row.getRowNum() + 1);
                if (byKey.isPresent()) {
                    taken.add(byKey.get().id());
                    matched.put(row, byKey.get());
                    issue(Kind.MATCHED_BY_CODE, codeOf(byKey.get()), where + " has lost its hidden id; it was matched by its "
                            + "code and title instead.");
                } else {
                    issue(Kind.EXTRA_ROW, visible[0], where + " ('" + String.join(" ", visible).strip()
                            + "') is not one of the rows sent, or repeats one: it was ignored.");
                }
            }
            return matched;
        }

        private void typedOver(String sheetName, Row row, int[] keyColumns, String[] expected, Item item) {
            String[] visible = visible(row, keyColumns);
            for (int k = 0; k < visible.length; k++) {
                if (!visible[k].equals(expected[k])) {
                    issue(Kind.TYPED_OVER, codeOf(item), "'" + sheetName + "' row " + (row.getRowNum() + 1)
                            + ": a read-only cell was changed to '" + visible[k] + "' (it was '" + expected[k]
                            + "'); the row is still matched by its hidden id.");
                }
            }
        }

        private String codeOf(Item item) {
            return manifest.action(item.actionId()).map(Item::code).orElse(item.code());
        }

        private ReturnCells cell(Row row, int column, String code) {
            ReturnCells c = ReturnCells.of(row, column);
            if (c.formula()) {
                issue(Kind.FORMULA, code, "'" + row.getSheet().getSheetName() + "' row " + (row.getRowNum() + 1)
                        + " holds a formula: the value it showed ('" + c.text() + "') was taken instead.");
            }
            return c;
        }

        private static String[] visible(Row row, int[] columns) {
            String[] v = new String[columns.length];
            for (int k = 0; k < columns.length; k++) {
                v[k] = ReturnCells.of(row, columns[k]).text();
            }
            return v;
        }

        private static boolean blank(Row row, int idColumn, int[] keyColumns, int[] inputColumns) {
            if (!ReturnCells.of(row, idColumn).isBlank()) {
                return false;
            }
            for (int[] columns : new int[][] {keyColumns, inputColumns}) {
                for (int c : columns) {
                    if (!ReturnCells.of(row, c).isBlank()) {
                        return false;
                    }
                }
            }
            return true;
        }

        private void issue(Kind kind, String code, String message) {
            issues.add(new ReturnIssue(kind, fileName, code, message));
        }
    }

    /** What one action received across the three sheets. */
    private static final class Entered {
        final String code;
        boolean hadRow;
        String text = "";
        Rag rag;
        final List<ReturnedActual> actuals = new ArrayList<>();
        final List<ReturnedMilestone> milestones = new ArrayList<>();

        Entered(String code) {
            this.code = code;
        }
    }
}
