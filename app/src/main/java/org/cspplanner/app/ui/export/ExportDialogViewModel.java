package org.cspplanner.app.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cspplanner.app.files.AtomicFileWriter;
import org.cspplanner.app.ui.dialog.DialogService.FileType;
import org.cspplanner.app.ui.edit.PlanDetailsEdit;
import org.cspplanner.app.ui.task.TaskRunner;
import org.cspplanner.app.ui.tools.FileOpener;
import org.cspplanner.app.ui.tools.Workbench;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.Exporters;
import org.cspplanner.exporters.layout.CustomColumn;
import org.cspplanner.exporters.layout.CustomLayout;
import org.cspplanner.exporters.layout.Layout;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.json.PlanJson;

/**
 * The export dialog: layout, format, reporting period, the RAG column, and for the custom layout its columns,
 * grouping and order (kept with the plan as an undoable edit). The file is written in the background, atomically.
 */
public final class ExportDialogViewModel {

    /** JSON is the plan itself rather than a document, so it comes last and takes no layout. */
    public static final String JSON = "json";

    private final Workbench bench;
    private final FileOpener opener;
    private final Plan plan;
    private final ObservableList<Layout> layouts = FXCollections.observableArrayList(Layouts.all());
    private final ObservableList<String> formats = FXCollections.observableArrayList();
    private final ObservableList<ReportingPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>();
    private final ObjectProperty<String> format = new SimpleObjectProperty<>("docx");
    private final ObjectProperty<ReportingPeriod> period = new SimpleObjectProperty<>();
    private final BooleanProperty ragColumn = new SimpleBooleanProperty(true);
    private final BooleanProperty openWhenDone = new SimpleBooleanProperty(true);
    private final ObservableList<CustomColumnChoice> columns =
            FXCollections.observableArrayList(c -> new Observable[] {c.includedProperty()});
    private final ObjectProperty<CustomLayout.Grouping> grouping = new SimpleObjectProperty<>();
    private final ObjectProperty<CustomLayout.SortOrder> sort = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> output = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");

    public ExportDialogViewModel(Workbench bench, FileOpener opener) {
        this.bench = bench;
        this.opener = opener;
        this.plan = Objects.requireNonNull(bench.plan(), "Open a plan to export");
        formats.setAll(Exporters.formats());
        formats.add(JSON);
        layout.set(Layouts.byName(plan.settings().containsKey(CustomLayout.SETTINGS_KEY) ? "custom" : "delivery-plan"));
        periods.setAll(plan.reportingPeriods());
        ReportingPeriod shown = bench.period();
        period.set(periods.contains(shown) ? shown : ExportOptions.defaultPeriod(plan));
        CustomLayout saved = CustomLayout.savedIn(plan);
        List<CustomColumnChoice> list = new ArrayList<>();
        saved.columns().forEach(c -> list.add(new CustomColumnChoice(c, true)));
        for (CustomColumn c : CustomColumn.values()) {
            if (!saved.columns().contains(c)) {
                list.add(new CustomColumnChoice(c, false));
            }
        }
        columns.setAll(list);
        grouping.set(saved.grouping());
        sort.set(saved.sort());
    }

    public Plan plan() { return plan; }
    public ObservableList<Layout> layouts() { return layouts; }
    public ObservableList<String> formats() { return formats; }
    public ObservableList<ReportingPeriod> periods() { return periods; }
    public ObjectProperty<Layout> layoutProperty() { return layout; }
    public ObjectProperty<String> formatProperty() { return format; }
    public ObjectProperty<ReportingPeriod> periodProperty() { return period; }
    public BooleanProperty ragColumnProperty() { return ragColumn; }
    public BooleanProperty openWhenDoneProperty() { return openWhenDone; }
    /** The custom layout's catalogue: ticked columns first, in their order. */
    public ObservableList<CustomColumnChoice> columns() { return columns; }
    public ObjectProperty<CustomLayout.Grouping> groupingProperty() { return grouping; }
    public ObjectProperty<CustomLayout.SortOrder> sortProperty() { return sort; }
    public ObjectProperty<Path> outputProperty() { return output; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** "Exported to …" once the file is written. */
    public ReadOnlyStringProperty doneProperty() { return done.getReadOnlyProperty(); }
    public TaskRunner tasks() { return bench.tasks(); }

    public BooleanBinding isCustom() {
        return Bindings.createBooleanBinding(() -> layout.get() != null && "custom".equals(layout.get().name())
                && !JSON.equals(format.get()), layout, format);
    }

    /** JSON is the whole plan: layout, period and RAG column do not apply. */
    public BooleanBinding takesLayout() {
        return format.isNotEqualTo(JSON);
    }

    public BooleanBinding canExport() {
        return Bindings.createBooleanBinding(() -> output.get() != null && !bench.tasks().runningProperty().get()
                && (!isCustom().get() || columns.stream().anyMatch(CustomColumnChoice::isIncluded)),
                output, layout, format, columns, bench.tasks().runningProperty());
    }

    /** Moves a column of the custom layout up (-1) or down (+1) the list. */
    public void move(int index, int by) {
        int to = index + by;
        if (index < 0 || index >= columns.size() || to < 0 || to >= columns.size()) {
            return;
        }
        CustomColumnChoice c = columns.remove(index);
        columns.add(to, c);
    }

    /** The custom layout as ticked; null when no column is ticked. */
    public CustomLayout customLayout() {
        List<CustomColumn> chosen = columns.stream().filter(CustomColumnChoice::isIncluded).map(CustomColumnChoice::column).toList();
        return chosen.isEmpty() ? null : new CustomLayout(chosen, grouping.get(), sort.get());
    }

    /** Asks where to write, suggesting "<plan title> – <layout>.<format>". */
    public void chooseOutput() {
        String ext = format.get();
        String stem = plan.title().replaceAll("[\\\\/:*?\"<>|]", "")
                + (JSON.equals(ext) || layout.get() == null ? "" : " - " + layout.get().name());
        bench.dialogs().chooseFileToSave("Export plan", stem + "." + ext,
                List.of(FileType.of(ext.toUpperCase(Locale.UK) + " file (*." + ext + ")", "*." + ext)))
                .ifPresent(output::set);
    }

    /** Writes the file in the background; the custom layout, if changed, is first saved with the plan as an edit. */
    public boolean export() {
        Path target = output.get();
        if (target == null) {
            error.set("Choose where to save the file.");
            return false;
        }
        String f = format.get();
        boolean custom = isCustom().get();
        CustomLayout chosen = custom ? customLayout() : null;
        if (custom && chosen == null) {
            error.set("Tick at least one column for the custom layout.");
            return false;
        }
        error.set("");
        done.set("");
        Plan snapshot = bench.plan() != null && bench.plan().id().equals(plan.id()) ? bench.plan() : plan;
        if (custom && !chosen.equals(CustomLayout.savedIn(snapshot)) && bench.editor().document() != null) {
            Plan after = chosen.saveIn(snapshot);
            bench.editor().perform(new PlanDetailsEdit(bench.editor().document(), snapshot, after, "Save custom layout"));
            snapshot = after;
        }
        Plan toWrite = snapshot;
        ExportOptions options = new ExportOptions(layout.get().name(), period.get(), ragColumn.get(), chosen);
        bench.tasks().run("Exporting " + target.getFileName(), progress -> {
            progress.progress(0, "Writing " + target.getFileName());
            if (JSON.equals(f)) {
                AtomicFileWriter.write(target, out -> new PlanJson().write(toWrite, out));
            } else {
                AtomicFileWriter.write(target, out -> Exporters.forFormat(f).export(toWrite, options, out, progress));
            }
            progress.progress(1, "Exported");
            return target;
        }, written -> {
            done.set("Exported to " + written);
            bench.editor().setStatus("Exported ‘" + toWrite.title() + "’ to " + written.getFileName() + ". All changes saved");
            if (openWhenDone.get()) {
                opener.open(written);
            }
        }, failure -> error.set(failure instanceof ProgressListener.CancelledException
                ? "Cancelled: no file was written."
                : "The plan could not be exported: " + (failure.getMessage() == null ? failure : failure.getMessage())));
        return true;
    }
}
