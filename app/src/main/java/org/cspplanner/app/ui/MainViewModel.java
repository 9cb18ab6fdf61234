package org.cspplanner.app.ui;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cspplanner.app.files.AtomicFileWriter;
import org.cspplanner.app.ui.actions.ActionListViewModel;
import org.cspplanner.app.ui.actions.PlanOutlineViewModel;
import org.cspplanner.app.ui.backup.RestoreBackupViewModel;
import org.cspplanner.app.ui.dashboard.DashboardViewModel;
import org.cspplanner.app.ui.dialog.DialogService;
import org.cspplanner.app.ui.edit.AddPlanEdit;
import org.cspplanner.app.ui.edit.DeletePlanEdit;
import org.cspplanner.app.ui.edit.PlanDocument;
import org.cspplanner.app.ui.edit.PlanEditor;
import org.cspplanner.app.ui.editor.ActionEditorViewModel;
import org.cspplanner.app.ui.settings.PlanSettingsViewModel;
import org.cspplanner.app.ui.task.TaskRunner;
import org.cspplanner.app.ui.undo.UndoManager;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Theme;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.PlanSummary;

/**
 * State of the main window: the workspace's plans, the open plan and its reporting period, and the
 * view models of the table, editor, outline and dashboard, kept in step with every change. No nodes here.
 */
public final class MainViewModel {

    private static final List<DialogService.FileType> JSON = List.of(DialogService.FileType.of("CSP Planner plan (*.json)", "*.json"));

    private final PlanService service;
    private final PlanEditor editor;
    private final TaskRunner tasks;
    private final LocalDate today;
    private final ObservableList<PlanSummary> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> selectedPlan = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObservableList<ReportingPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ReportingPeriod> period = new SimpleObjectProperty<>();
    private final ActionListViewModel actions;
    private final ActionEditorViewModel actionEditor;
    private final PlanOutlineViewModel outline;
    private final DashboardViewModel dashboard = new DashboardViewModel();
    private final ReadOnlyBooleanWrapper restoring = new ReadOnlyBooleanWrapper();

    public MainViewModel(PlanService service, UndoManager undo, DialogService dialogs, TaskRunner tasks, LocalDate today) {
        this.service = service;
        this.tasks = tasks;
        this.today = today;
        this.editor = new PlanEditor(undo, dialogs);
        this.actions = new ActionListViewModel(today);
        this.actionEditor = new ActionEditorViewModel(editor);
        this.outline = new PlanOutlineViewModel(editor, actions);
        period.set(ReportingPeriod.containing(today));
        selectedPlan.addListener((obs, old, now) -> {
            if (now == null || old == null || !now.id().equals(old.id())) {
                openPlan(now);
            }
        });
        period.addListener((obs, old, now) -> {
            if (now == null) {
                period.set(old); // there is always a reporting period
            } else {
                refreshAll();
            }
        });
        actions.selectedProperty().addListener((obs, old, row) -> actionEditor.show(row, plan.get(), period.get()));
    }

    // ---- parts

    public ActionListViewModel actions() {
        return actions;
    }

    public ActionEditorViewModel editor() {
        return actionEditor;
    }

    public PlanOutlineViewModel outline() {
        return outline;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public PlanEditor planEditor() {
        return editor;
    }

    public UndoManager undoManager() {
        return editor.undoManager();
    }

    public ObservableList<PlanSummary> plans() {
        return FXCollections.unmodifiableObservableList(plans);
    }

    public ObjectProperty<PlanSummary> selectedPlanProperty() {
        return selectedPlan;
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObservableList<Theme> themes() {
        return FXCollections.unmodifiableObservableList(themes);
    }

    public ObservableList<ReportingPeriod> periods() {
        return FXCollections.unmodifiableObservableList(periods);
    }

    /** The reporting period the table, editor and dashboard show; the current financial quarter to begin with. */
    public ObjectProperty<ReportingPeriod> periodProperty() {
        return period;
    }

    public ReadOnlyStringProperty statusProperty() {
        return editor.statusProperty();
    }

    /** True while a backup is being restored: the window takes no edits then. */
    public ReadOnlyBooleanProperty restoringProperty() {
        return restoring.getReadOnlyProperty();
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** The workspace's plans, for the import, export, report and returns dialogs. */
    /** "Workspace folder…" in the File menu. */
    public void chooseWorkspaceFolder() {
        new WorkspaceFolderSetting(editor.dialogs(), org.cspplanner.app.WorkspaceChoice.forUser(), service.workspace().directory()).change();
    }

    public PlanService service() {
        return service;
    }

    public LocalDate today() {
        return today;
    }

    // ---- commands

    /** Reads the list of plans again and keeps the same plan chosen (or the first). */
    public void reload() {
        reload(selectedPlan.get() == null ? null : selectedPlan.get().id());
    }

    /** Reads the list of plans and chooses the given one (the last plan used, on start-up) or the first. */
    public void reload(UUID wanted) {
        List<PlanSummary> list = service.listPlans();
        plans.setAll(list);
        PlanSummary choice = list.stream().filter(p -> p.id().equals(wanted)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0));
        selectedPlan.set(choice);
        editor.setStatus(list.isEmpty() ? "No plans yet: create one with File › New plan" : PlanEditor.ALL_SAVED);
    }

    public void undo() {
        editor.undo();
    }

    public void redo() {
        editor.redo();
    }

    /** Asks for a title and adds an empty plan for the current financial year. */
    public Optional<Plan> newPlan() {
        return editor.dialogs().askText("New plan", "Title of the new plan:", "Community Safety Plan "
                + FinancialYear.containing(today).label()).map(this::newPlan);
    }

    /** Adds an empty plan and opens it, as one workspace edit (undo deletes it). */
    public Plan newPlan(String title) {
        Plan p = Plan.builder(title).financialYear(FinancialYear.containing(today)).build();
        UUID before = plan.get() == null ? null : plan.get().id();
        return editor.perform(new AddPlanEdit("Create plan ‘" + title + "’", service, p, before, this::show)) ? p : null;
    }

    /** Deletes the open plan after asking; undo puts the whole plan back as it was and opens it. */
    public boolean deletePlan() {
        Plan p = plan.get();
        if (p == null || !editor.dialogs().confirm("Delete plan", "Delete ‘" + p.title() + "’ and everything in it? "
                + "You can take this back with Edit › Undo until you close CSP Planner.", "Delete plan")) {
            return false;
        }
        return editor.perform(new DeletePlanEdit(service, p, this::show));
    }

    /** Opens a plan by id (null: the first plan), as the workspace edits do after adding or deleting a plan. */
    private void show(UUID planId) {
        if (planId == null) {
            selectedPlan.set(null);
        }
        reload(planId);
    }

    /** The settings dialog's view model for the open plan. */
    public PlanSettingsViewModel settings() {
        return new PlanSettingsViewModel(editor);
    }

    /** File › Restore from backup…: replaces every plan with a backup's, after checking it and asking; undoable. */
    public void restoreBackup() {
        restoreBackupModel().restore();
    }

    /** Restores this backup file, as {@link #restoreBackup()} does once the file is chosen. */
    public void restoreBackup(Path file) {
        restoreBackupModel().restore(file);
    }

    private RestoreBackupViewModel restoreBackupModel() {
        return new RestoreBackupViewModel(service, editor, tasks, this::reopenAll, restoring, ZoneId.systemDefault());
    }

    /** Reads every plan afresh (the workspace was replaced) and opens the same plan again, if it is still there. */
    private void reopenAll() {
        UUID wanted = selectedPlan.get() == null ? null : selectedPlan.get().id();
        selectedPlan.set(null); // forces the plan to be read again even when its id is unchanged
        reload(wanted);
    }

    /** Reads a CSP Planner JSON file in the background and adds it as a new plan (a copy when it is already here). */
    public void importPlan() {
        editor.dialogs().chooseFileToOpen("Import plan", JSON).ifPresent(this::importPlan);
    }

    public void importPlan(Path file) {
        tasks.run("Importing " + file.getFileName(), progress -> {
            progress.progress(0.1, "Reading " + file.getFileName());
            Plan read;
            try (InputStream in = Files.newInputStream(file)) {
                read = new PlanJson().read(in);
            }
            progress.checkCancelled();
            progress.progress(0.6, "Saving to the workspace");
            Plan added = service.addPlanOrCopy(read);
            progress.progress(1, "Imported");
            return added;
        }, added -> {
            UUID before = plan.get() == null ? null : plan.get().id();
            reload(added.id());
            undoManager().record(new AddPlanEdit("Import of ‘" + added.title() + "’", service, added, before, this::show));
            editor.setStatus("Imported ‘" + added.title() + "’. " + PlanEditor.ALL_SAVED);
        }, failure -> reportFailure("The plan could not be imported", failure));
    }

    /** Writes the open plan to a CSP Planner JSON file in the background. */
    public void exportPlan() {
        Plan p = plan.get();
        if (p == null) {
            return;
        }
        editor.dialogs().chooseFileToSave("Export plan", p.title().replaceAll("[\\\\/:*?\"<>|]", "") + ".json", JSON)
                .ifPresent(this::exportPlan);
    }

    public void exportPlan(Path file) {
        Plan p = plan.get();
        tasks.run("Exporting " + file.getFileName(), progress -> {
            progress.progress(0.2, "Writing " + file.getFileName());
            AtomicFileWriter.write(file, out -> new PlanJson().write(p, out));
            progress.progress(1, "Exported");
            return file;
        }, written -> editor.setStatus("Exported to " + written + ". " + PlanEditor.ALL_SAVED),
                failure -> reportFailure("The plan could not be exported", failure));
    }

    private void reportFailure(String title, Throwable failure) {
        if (failure instanceof ProgressListener.CancelledException) {
            editor.setStatus("Cancelled. " + PlanEditor.ALL_SAVED);
            return;
        }
        editor.dialogs().showError(title, failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    // ---- keeping the parts in step

    private void openPlan(PlanSummary summary) {
        Plan loaded = summary == null ? null : service.loadPlan(summary.id());
        PlanDocument document = loaded == null ? null : new PlanDocument(service, loaded);
        if (document != null) {
            document.addListener(change -> onChange(document, change));
        }
        actions.selectAction(null);
        actions.showScope(null, null);
        editor.open(document);
        plan.set(loaded);
        periods.setAll(periodsOf(loaded));
        refreshAll();
    }

    private void onChange(PlanDocument document, PlanDocument.Change change) {
        if (editor.document() != document) {
            return;
        }
        Plan p = document.plan();
        plan.set(p);
        if (change instanceof PlanDocument.StructureChanged) {
            themes.setAll(p.themes());
            List<ReportingPeriod> quarters = periodsOf(p);
            if (!quarters.equals(periods)) {
                periods.setAll(quarters);
            }
        }
        actions.apply(change, p);
        dashboard.show(p, period.get(), today);
        actionEditor.show(actions.selectedProperty().get(), p, period.get());
    }

    private void refreshAll() {
        Plan p = plan.get();
        themes.setAll(p == null ? List.of() : p.themes());
        actions.show(p, period.get());
        dashboard.show(p, period.get(), today);
        actionEditor.show(actions.selectedProperty().get(), p, period.get());
    }

    /** The plan's quarters, and the current one even when the plan's year has not begun or has ended. */
    private List<ReportingPeriod> periodsOf(Plan p) {
        List<ReportingPeriod> list = new ArrayList<>(p == null ? List.of() : p.reportingPeriods());
        ReportingPeriod current = ReportingPeriod.containing(today);
        if (!list.contains(current)) {
            list.add(current);
            list.sort(null);
        }
        if (period.get() != null && !list.contains(period.get())) {
            list.add(period.get());
            list.sort(null);
        }
        return list;
    }
}
