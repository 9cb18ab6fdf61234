package org.cspplanner.app.ui.importing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cspplanner.app.ui.dialog.DialogService.FileType;
import org.cspplanner.app.ui.edit.AddPlanEdit;
import org.cspplanner.app.ui.tools.Workbench;
import org.cspplanner.exporters.importing.ColumnMapping;
import org.cspplanner.exporters.importing.ColumnRule;
import org.cspplanner.exporters.importing.HeaderDetector;
import org.cspplanner.exporters.importing.ImportException;
import org.cspplanner.exporters.importing.ImportField;
import org.cspplanner.exporters.importing.ImportOptions;
import org.cspplanner.exporters.importing.ImportPreview;
import org.cspplanner.exporters.importing.PlanImporter;
import org.cspplanner.exporters.importing.SourceRow;
import org.cspplanner.exporters.importing.SourceSheet;
import org.cspplanner.exporters.importing.SourceWorkbook;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.json.PlanJson;

/**
 * The import wizard: file, then sheets, then the column mapping, then a preview, then the import itself.
 * Nothing is written before {@link #importPlan()}; the import is one undoable edit that deletes the plan again.
 */
public final class ImportWizardViewModel {

    /** The wizard's pages, in order. */
    public enum Step { FILE, SHEETS, MAPPING, PREVIEW, DONE }

    static final List<FileType> PLAN_FILES = List.of(
            FileType.of("Plans (*.xlsx, *.xls, *.csv, *.docx, *.json)", "*.xlsx", "*.xls", "*.csv", "*.docx", "*.json"),
            FileType.of("Excel workbook (*.xlsx, *.xls)", "*.xlsx", "*.xls"),
            FileType.of("CSV file (*.csv)", "*.csv"),
            FileType.of("Word document (*.docx)", "*.docx"),
            FileType.of("CSP Planner plan (*.json)", "*.json"));
    static final List<FileType> MAPPING_FILES = List.of(FileType.of("Column mapping (*.json)", "*.json"));

    private final Workbench bench;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SheetChoice> sheets =
            FXCollections.observableArrayList(s -> new javafx.beans.Observable[] {s.includedProperty()});
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper mappingSheet = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Choose the plan to import.");
    private final ReadOnlyObjectWrapper<Plan> imported = new ReadOnlyObjectWrapper<>();
    private SourceWorkbook workbook;
    private ColumnMapping mapping;
    private boolean mappingChanged;

    public ImportWizardViewModel(Workbench bench) {
        this.bench = bench;
    }

    // ---- state

    public ReadOnlyObjectProperty<Step> stepProperty() { return step.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public ObservableList<SheetChoice> sheets() { return sheets; }
    public ObservableList<ColumnChoice> columns() { return FXCollections.unmodifiableObservableList(columns); }
    /** The sheet whose header the mapping step shows. */
    public ReadOnlyStringProperty mappingSheetProperty() { return mappingSheet.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() { return preview.getReadOnlyProperty(); }
    public ObservableList<String> warnings() { return FXCollections.unmodifiableObservableList(warnings); }
    public ObservableList<String> notes() { return FXCollections.unmodifiableObservableList(notes); }
    /** The new plan's title, editable until the import. */
    public StringProperty titleProperty() { return title; }
    /** Why the last step failed, in words a person can act on; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** What the wizard is doing or asks for now. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Plan> importedProperty() { return imported.getReadOnlyProperty(); }
    /** The runner doing the reading and saving, for the progress bar and the Cancel button. */
    public org.cspplanner.app.ui.task.TaskRunner tasks() { return bench.tasks(); }

    /** The column mapping as it now stands (null for a .json plan, which has none). */
    public ColumnMapping mapping() {
        return mapping;
    }

    public boolean isJson() {
        return file.get() != null && file.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** True when Next can be pressed on the current page. */
    public BooleanBinding canGoNext() {
        return Bindings.createBooleanBinding(() -> !bench.tasks().runningProperty().get() && switch (step.get()) {
            case FILE -> file.get() != null && (!sheets.isEmpty() || preview.get() != null);
            case SHEETS -> sheets.stream().anyMatch(SheetChoice::isIncluded);
            case MAPPING -> !columns.isEmpty();
            case PREVIEW, DONE -> false;
        }, step, file, sheets, columns, preview, bench.tasks().runningProperty());
    }

    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> step.get() == Step.PREVIEW && preview.get() != null
                        && preview.get().actions() > 0 && title.get() != null && !title.get().isBlank()
                        && !bench.tasks().runningProperty().get(),
                step, preview, title, bench.tasks().runningProperty());
    }

    // ---- commands

    /** Asks for the file and reads it. */
    public void chooseFile() {
        bench.dialogs().chooseFileToOpen("Import plan", PLAN_FILES).ifPresent(this::open);
    }

    /** Reads the file in the background: its sheets (or, for a .json plan, the plan itself). */
    public void open(Path chosen) {
        file.set(chosen);
        workbook = null;
        mapping = null;
        mappingChanged = false;
        sheets.clear();
        columns.clear();
        preview.set(null);
        error.set("");
        String name = chosen.getFileName().toString();
        if (isJson()) {
            bench.tasks().run("Reading " + name, progress -> {
                progress.progress(-1, "Reading " + name);
                try (InputStream in = Files.newInputStream(chosen)) {
                    return new PlanJson().read(in);
                }
            }, plan -> showPreview(new ImportPreview(plan, new ColumnMapping(0, List.of()), plan.themes().size(),
                    plan.actionCount(), plan.actions().mapToInt(a -> a.milestones().size()).sum(),
                    plan.actions().mapToInt(a -> a.updates().size()).sum(), List.of(), List.of())), this::fail);
            return;
        }
        bench.tasks().run("Reading " + name, progress -> PlanImporter.read(chosen, ImportOptions.DEFAULTS, progress),
                read -> {
                    workbook = read;
                    read.sheets().forEach(s -> sheets.add(new SheetChoice(s)));
                    message.set("Read " + read.sheets().size() + (read.sheets().size() == 1 ? " sheet" : " sheets")
                            + " from " + name + ". Untick any that hold no actions.");
                    step.set(Step.SHEETS);
                }, this::fail);
    }

    /** Goes to the next page: sheets → mapping → preview. */
    public void next() {
        error.set("");
        switch (step.get()) {
            case FILE -> step.set(isJson() ? Step.PREVIEW : Step.SHEETS);
            case SHEETS -> showMapping();
            case MAPPING -> buildPreview();
            default -> { }
        }
    }

    public void back() {
        error.set("");
        switch (step.get()) {
            case SHEETS -> step.set(Step.FILE);
            case MAPPING -> step.set(Step.SHEETS);
            case PREVIEW -> step.set(isJson() ? Step.FILE : Step.MAPPING);
            default -> { }
        }
    }

    /** Reads the given column as another field (the correction made in the mapping step). */
    public void setField(int index, ImportField field) {
        if (mapping == null || field == null) {
            return;
        }
        for (ColumnChoice c : columns) {
            if (c.index() == index) {
                c.fieldProperty().set(field);
            }
        }
        ImportField current = mapping.columns().stream().filter(r -> r.index() == index).map(ColumnRule::field)
                .findFirst().orElse(null);
        if (current != field) {
            mapping = mapping.with(index, field);
            mappingChanged = true;
        }
    }

    /** Saves the mapping as JSON so the same layout can be imported next quarter without correcting it again. */
    public void saveMapping() {
        if (mapping == null) {
            return;
        }
        String stem = file.get() == null ? "mapping" : file.get().getFileName().toString().replaceFirst("\\.[^.]+$", "");
        bench.dialogs().chooseFileToSave("Save mapping", stem + "-mapping.json", MAPPING_FILES).ifPresent(target -> {
            try {
                org.cspplanner.app.files.AtomicFileWriter.write(target,
                        out -> out.write(mapping.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                message.set("Mapping saved to " + target.getFileName() + ".");
            } catch (java.io.IOException e) {
                error.set("The mapping could not be saved: " + e.getMessage());
            }
        });
    }

    /** Loads a saved mapping and applies it to the sheet shown. */
    public void loadMapping() {
        bench.dialogs().chooseFileToOpen("Load mapping", MAPPING_FILES).ifPresent(this::loadMapping);
    }

    public void loadMapping(Path source) {
        try {
            ColumnMapping saved = ColumnMapping.load(source);
            SourceSheet sheet = firstIncluded().orElse(null);
            HeaderDetector.Layout layout = sheet == null ? null : HeaderDetector.apply(sheet, saved).orElse(null);
            if (layout == null) {
                error.set("The mapping in " + source.getFileName() + " does not fit sheet ‘" + mappingSheet.get()
                        + "’: none of its column headers were found.");
                return;
            }
            error.set("");
            mappingChanged = true;
            showColumns(sheet, layout);
            message.set("Mapping loaded from " + source.getFileName() + ".");
        } catch (ImportException e) {
            error.set(e.getMessage());
        }
    }

    /** Saves the plan in the background as one transaction, opens it and records the import as one edit. */
    public void importPlan() {
        ImportPreview p = preview.get();
        if (p == null || title.get() == null || title.get().isBlank()) {
            return;
        }
        Plan plan = p.plan().toBuilder().title(title.get().strip()).build();
        UUID before = bench.plan() == null ? null : bench.plan().id();
        bench.tasks().run("Importing " + plan.title(), progress -> {
            progress.progress(0.2, "Saving " + plan.actionCount() + " actions to the workspace");
            progress.checkCancelled();
            Plan added = bench.plans().addPlanOrCopy(plan);
            progress.progress(1, "Imported");
            return added;
        }, added -> {
            imported.set(added);
            bench.openPlan(added.id());
            bench.editor().undoManager().record(new AddPlanEdit("Import of ‘" + added.title() + "’", bench.plans(), added, before,
                    bench::openPlanLater));
            bench.editor().setStatus("Imported ‘" + added.title() + "’: " + p.summary() + ". All changes saved");
            message.set("Imported ‘" + added.title() + "’.");
            step.set(Step.DONE);
        }, this::fail);
    }

    /** Stops the reading or saving under way; nothing is written. */
    public void cancel() {
        bench.tasks().cancel();
    }

    // ---- steps

    private void showMapping() {
        Optional<SourceSheet> sheet = firstIncluded();
        if (sheet.isEmpty()) {
            error.set("Tick at least one sheet that holds actions.");
            return;
        }
        HeaderDetector.Layout layout = mappingChanged && mapping != null
                ? HeaderDetector.apply(sheet.get(), mapping).orElse(null)
                : HeaderDetector.detect(sheet.get()).orElse(null);
        if (layout == null) {
            layout = unnamedLayout(sheet.get());
            mappingChanged = true;
            message.set("No header row was found on ‘" + sheet.get().name() + "’: choose what each column holds.");
        } else {
            message.set("Check what each column holds; change any that were guessed wrongly.");
        }
        showColumns(sheet.get(), layout);
        step.set(Step.MAPPING);
    }

    private void showColumns(SourceSheet sheet, HeaderDetector.Layout layout) {
        mapping = layout.mapping();
        mappingSheet.set(sheet.name());
        List<SourceRow> rows = sheet.rows();
        List<ColumnChoice> list = new ArrayList<>();
        for (ColumnRule rule : mapping.columns()) {
            list.add(new ColumnChoice(rule, example(rows, layout.headerIndex(), rule.index())));
        }
        columns.setAll(list);
    }

    private static String example(List<SourceRow> rows, int headerIndex, int column) {
        for (int i = headerIndex + 1; i < Math.min(rows.size(), headerIndex + 20); i++) {
            String t = rows.get(i).text(column);
            if (!t.isBlank()) {
                return t.length() > 60 ? t.substring(0, 57) + "…" : t;
            }
        }
        return "";
    }

    /** A sheet without a recognisable header: its first non-blank row is the header, every column not imported. */
    private static HeaderDetector.Layout unnamedLayout(SourceSheet sheet) {
        List<SourceRow> rows = sheet.rows();
        int index = 0;
        while (index < rows.size() - 1 && rows.get(index).isBlank()) {
            index++;
        }
        SourceRow header = rows.get(index);
        List<ColumnRule> rules = new ArrayList<>();
        for (int c = 0; c < sheet.columnCount(); c++) {
            rules.add(ColumnRule.of(c, header.text(c), ImportField.IGNORE));
        }
        return new HeaderDetector.Layout(index, new ColumnMapping(header.number(), rules));
    }

    private void buildPreview() {
        SourceWorkbook chosen = new SourceWorkbook(workbook.fileName(),
                sheets.stream().filter(SheetChoice::isIncluded).map(SheetChoice::sheet).toList(),
                workbook.titleLines(), workbook.notes());
        ImportOptions options = mappingChanged ? ImportOptions.DEFAULTS.withMapping(mapping) : ImportOptions.DEFAULTS;
        bench.tasks().run("Reading the plan", progress -> PlanImporter.interpret(chosen, options, progress),
                this::showPreview, this::fail);
    }

    private void showPreview(ImportPreview p) {
        preview.set(p);
        title.set(p.plan().title());
        warnings.setAll(p.warnings().stream().map(Object::toString).toList());
        notes.setAll(p.notes());
        message.set(p.actions() == 0 ? "No actions were found: check the mapping, or the sheets chosen."
                : "Nothing has been written yet. Check the counts and warnings, then press Import.");
        step.set(Step.PREVIEW);
    }

    private Optional<SourceSheet> firstIncluded() {
        return sheets.stream().filter(SheetChoice::isIncluded).map(SheetChoice::sheet)
                .filter(s -> !s.isEmpty()).findFirst();
    }

    private void fail(Throwable failure) {
        if (failure instanceof ProgressListener.CancelledException) {
            message.set("Cancelled: nothing was imported.");
            return;
        }
        String text = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        error.set(failure instanceof ImportException ? text : "The file could not be read: " + text);
    }
}
