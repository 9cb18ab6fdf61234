package org.cspplanner.exporters.importing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.exporters.sheet.FlatTable;
import org.cspplanner.exporters.xlsx.XlsxExporter;
import org.cspplanner.exporters.xlsx.XlsxPlanData;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Update;

/**
 * Reads back a workbook that CSP Planner exported. The plan comes whole from the hidden data sheet (ids,
 * targets, update history and all), so export then import gives the same plan. A RAG changed with the
 * drop-down of the "Action plan" sheet is applied as a new update for the workbook's period, so history
 * stays append-only and the change shows where it came from.
 */
final class ExportedWorkbookImport {
    private ExportedWorkbookImport() {
    }

    static final String NOTE = "This workbook was exported by CSP Planner: the plan is restored from the data stored in it. "
            + "RAG ratings changed in the 'Action plan' sheet are applied; other edits to that sheet are not read back.";

    /** The preview of an exported workbook, or empty when the workbook is not one of ours. */
    static Optional<ImportPreview> interpret(SourceWorkbook workbook, ImportOptions options, LocalDate today)
            throws ImportException {
        Optional<SourceSheet> data = sheet(workbook, XlsxPlanData.SHEET);
        if (data.isEmpty()) {
            return Optional.empty();
        }
        List<SourceRow> rows = data.get().rows();
        if (rows.isEmpty() || !XlsxPlanData.FORMAT.equals(rows.get(0).text(0))) {
            throw new ImportException("The workbook's " + XlsxPlanData.SHEET + " sheet is not in a format this version reads.");
        }
        Plan plan;
        try {
            plan = XlsxPlanData.decode(rows.subList(1, rows.size()).stream().map(r -> r.text(0)).toList());
        } catch (IOException e) {
            throw new ImportException(e.getMessage());
        }
        SourceRow first = rows.get(0);
        ExportOptions exported;
        try {
            exported = XlsxPlanData.options(first.text(1), first.text(2), first.text(3), first.text(4));
            Layouts.byName(exported.layout());
        } catch (IllegalArgumentException e) {
            throw new ImportException("The workbook's " + XlsxPlanData.SHEET + " sheet is damaged: " + e.getMessage());
        }
        List<ImportWarning> warnings = new ArrayList<>();
        Optional<SourceSheet> table = sheet(workbook, XlsxExporter.TABLE_SHEET);
        ColumnMapping mapping = new ColumnMapping(0, List.of());
        if (table.isPresent() && !table.get().rows().isEmpty()) {
            SourceRow header = table.get().rows().get(0);
            int idColumn = column(header, h -> h.equalsIgnoreCase(XlsxExporter.ACTION_ID_HEADER));
            int ragColumn = column(header, h -> ImportField.RAG.synonyms().contains(ImportField.normalise(h)));
            if (idColumn >= 0 && ragColumn >= 0) {
                mapping = new ColumnMapping(0, List.of(ColumnRule.of(ragColumn, header.text(ragColumn), ImportField.RAG)));
                plan = applyRagEdits(plan, exported, table.get(), idColumn, ragColumn, workbook.fileName(), today, warnings);
            }
        }
        if (options.title() != null && !options.title().isBlank()) {
            plan = plan.toBuilder().title(options.title()).build();
        }
        return Optional.of(ImportPreview.of(plan, mapping, warnings, List.of(NOTE)));
    }

    /**
     * Redraws the sheet as it was exported and compares each row's RAG cell with what the user left there.
     * A change on an action's only row is applied; an action drawn over several project rows (delivery-plan)
     * shows its projects' ratings, which belong to milestones, so a change there is reported, not guessed at.
     */
    private static Plan applyRagEdits(Plan plan, ExportOptions options, SourceSheet table, int idColumn, int ragColumn,
                                      String fileName, LocalDate today, List<ImportWarning> warnings) {
        FlatTable drawn = FlatTable.of(Layouts.byName(options.layout()).render(plan, options));
        ReportingPeriod period = options.periodFor(plan);
        int drawnRag = drawn.ragColumn();
        Map<UUID, List<String>> expected = new HashMap<>();
        for (FlatTable.FlatRow row : drawn.rows()) {
            if (row.actionId() != null) {
                expected.computeIfAbsent(row.actionId(), k -> new ArrayList<>()).add(drawnRag < 0 ? "" : row.values().get(drawnRag));
            }
        }
        Map<UUID, List<SourceRow>> found = new LinkedHashMap<>();
        for (SourceRow row : table.rows().subList(1, table.rows().size())) {
            UUID id = uuid(row.text(idColumn));
            if (id == null) {
                continue;
            }
            if (!expected.containsKey(id)) {
                warnings.add(new ImportWarning(table.name(), row.location(), "its Action ID is not in this plan; row ignored"));
                continue;
            }
            found.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
        }
        Plan result = plan;
        for (Map.Entry<UUID, List<SourceRow>> entry : found.entrySet()) {
            Action action = result.action(entry.getKey()).orElseThrow();
            List<String> shown = expected.get(entry.getKey());
            List<String> typed = entry.getValue().stream().map(r -> r.text(ragColumn)).toList();
            if (sortedLower(typed).equals(sortedLower(shown))) {
                continue;
            }
            SourceRow row = entry.getValue().get(0);
            if (shown.size() > 1 || typed.size() > 1) {
                warnings.add(new ImportWarning(table.name(), row.location(), "the RAG of a project row of " + label(action)
                        + " was changed; project ratings are not read back from a spreadsheet, so change them in CSP Planner"));
                continue;
            }
            Optional<Rag> rag = Rag.fromWord(typed.get(0));
            if (rag.isEmpty()) {
                warnings.add(new ImportWarning(table.name(), row.location(),
                        "'" + typed.get(0) + "' is not a RAG rating; " + label(action) + " keeps " + shown.get(0)));
                continue;
            }
            Update change = new Update(null, period, today, "", "", "RAG set to " + rag.get().word()
                    + " in the exported workbook.", rag.get(), fileName);
            result = result.withAction(action.withUpdateAdded(change));
            warnings.add(new ImportWarning(table.name(), row.location(),
                    "RAG of " + label(action) + " changed from " + shown.get(0) + " to " + rag.get().word()));
        }
        return result;
    }

    private static List<String> sortedLower(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(java.util.Locale.UK)).sorted().toList();
    }

    private static String label(Action a) {
        return a.code().isEmpty() ? "'" + a.title() + "'" : a.code();
    }

    private static Optional<SourceSheet> sheet(SourceWorkbook workbook, String name) {
        return workbook.sheets().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static int column(SourceRow header, java.util.function.Predicate<String> matches) {
        for (int i = 0; i < header.cells().size(); i++) {
            if (matches.test(header.text(i))) {
                return i;
            }
        }
        return -1;
    }

    private static UUID uuid(String text) {
        try {
            return text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
