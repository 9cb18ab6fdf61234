package org.cspplanner.app.ui.returns;

import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cspplanner.app.ui.dialog.DialogService.FileType;
import org.cspplanner.app.ui.task.TaskRunner;
import org.cspplanner.app.ui.tools.Workbench;
import org.cspplanner.exporters.returns.ReturnWorkbookReader;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.returns.ActionChange;
import org.cspplanner.model.returns.MergePreview;
import org.cspplanner.model.returns.ReturnFile;
import org.cspplanner.model.returns.ReturnIssue;
import org.cspplanner.model.returns.ReturnsMerge;

/**
 * "Merge returns…": the returned files, a review row per action (current against proposed), the issues in plain
 * words, conflicts marked, accept or reject each; nothing is written until {@link #apply()}, which is one undoable edit.
 */
public final class MergeReturnsViewModel {

    private static final List<FileType> RETURNS = List.of(FileType.of("Returned workbooks (*.xlsx)", "*.xlsx"));

    private final Workbench bench;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<ChangeRow> rows = FXCollections.observableArrayList(r -> new Observable[] {r.acceptedProperty()});
    private final ObservableList<String> issues = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MergePreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");

    public MergeReturnsViewModel(Workbench bench) {
        this.bench = bench;
        Objects.requireNonNull(bench.plan(), "Open a plan to merge returns into");
    }

    public Plan plan() { return bench.plan(); }
    public ObservableList<Path> files() { return FXCollections.unmodifiableObservableList(files); }
    public ObservableList<ChangeRow> rows() { return rows; }
    /** Every issue found in the files, in plain words ("police.xlsx, 1.2: no update was given"). */
    public ObservableList<String> issues() { return FXCollections.unmodifiableObservableList(issues); }
    public ReadOnlyObjectProperty<MergePreview> previewProperty() { return preview.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty doneProperty() { return done.getReadOnlyProperty(); }
    public TaskRunner tasks() { return bench.tasks(); }

    /** "3 changes accepted of 5 · 2 in conflict". */
    public StringBinding summary() {
        return Bindings.createStringBinding(() -> {
            long accepted = rows.stream().filter(ChangeRow::isAccepted).count();
            long conflicts = rows.stream().filter(ChangeRow::isConflict).count();
            return rows.isEmpty() ? "No changes to review yet" : accepted + " of " + rows.size() + " changes accepted"
                    + (conflicts == 0 ? "" : " · " + conflicts + " in conflict: choose one return per action");
        }, rows);
    }

    public BooleanBinding canApply() {
        return Bindings.createBooleanBinding(() -> rows.stream().anyMatch(ChangeRow::isAccepted)
                && !bench.tasks().runningProperty().get() && done.get().isEmpty(), rows, bench.tasks().runningProperty(), done);
    }

    /** Asks for a returned file and adds it to the batch. */
    public void addFile() {
        bench.dialogs().chooseFileToOpen("Add a returned file", RETURNS).ifPresent(f -> addFiles(List.of(f)));
    }

    /** Asks for one returned file and adds every return beside it (the folder partners' replies were saved in). */
    public void addFolder() {
        bench.dialogs().chooseFileToOpen("Add every return in a folder: choose one of them", RETURNS).ifPresent(f -> {
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(f.toAbsolutePath().getParent(), "*.xlsx")) {
                dir.forEach(found::add);
            } catch (java.io.IOException e) {
                error.set("The folder could not be read: " + e.getMessage());
                return;
            }
            found.sort(null);
            addFiles(found);
        });
    }

    public void addFiles(List<Path> more) {
        for (Path p : more) {
            Path n = p.toAbsolutePath().normalize();
            if (!files.contains(n)) {
                files.add(n);
            }
        }
        readAll();
    }

    public void removeFile(Path file) {
        files.remove(file);
        readAll();
    }

    /** Accepts every change without a conflict and rejects the conflicting ones, which need a choice. */
    public void acceptAllWithoutConflicts() {
        rows.forEach(r -> r.acceptedProperty().set(!r.isConflict()));
    }

    public void rejectAll() {
        rows.forEach(r -> r.acceptedProperty().set(false));
    }

    /** Writes the accepted changes in one transaction, as one undoable edit; false (and nothing written) when refused. */
    public boolean apply() {
        MergePreview p = preview.get();
        List<ActionChange> accepted = rows.stream().filter(ChangeRow::isAccepted).map(ChangeRow::change).toList();
        if (p == null || accepted.isEmpty()) {
            error.set("Tick the changes to accept first.");
            return false;
        }
        Set<UUID> seen = new HashSet<>();
        for (ActionChange c : accepted) {
            if (!seen.add(c.actionId())) {
                error.set("Accept only one return for " + c.code() + ": more than one return updates it.");
                return false;
            }
        }
        List<Action> after;
        try {
            after = ReturnsMerge.apply(p, accepted, bench.today());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
        List<Action> before = after.stream().map(a -> p.plan().action(a.id()).orElseThrow()).toList();
        String name = "Merge of " + accepted.size() + (accepted.size() == 1 ? " return change" : " return changes")
                + " for " + p.period().label();
        error.set("");
        if (!bench.editor().perform(new MergeReturnsEdit(bench.plans(), bench.editor().document(), before, after, name))) {
            return false;
        }
        done.set("Merged " + accepted.size() + (accepted.size() == 1 ? " change" : " changes") + " into ‘" + p.plan().title()
                + "’. Edit › Undo takes them back.");
        return true;
    }

    private void readAll() {
        error.set("");
        done.set("");
        List<Path> batch = List.copyOf(files);
        Plan plan = bench.plan();
        if (batch.isEmpty()) {
            preview.set(null);
            rows.clear();
            issues.clear();
            return;
        }
        bench.tasks().run("Reading returns", progress -> {
            ReturnWorkbookReader reader = new ReturnWorkbookReader();
            List<ReturnFile> read = new ArrayList<>();
            int i = 0;
            for (Path f : batch) {
                progress.checkCancelled();
                progress.progress((double) i++ / batch.size(), "Reading " + f.getFileName());
                try (InputStream in = Files.newInputStream(f)) {
                    read.add(reader.readOrReport(f.getFileName().toString(), in));
                }
            }
            return ReturnsMerge.preview(plan, read);
        }, this::show, failure -> error.set(failure instanceof ProgressListener.CancelledException ? "Cancelled."
                : "The returns could not be read: " + failure.getMessage()));
    }

    private void show(MergePreview p) {
        preview.set(p);
        rows.setAll(p.changes().stream().map(ChangeRow::new).toList()); // none accepted until the person says so
        issues.setAll(p.issues().stream().map(ReturnIssue::describe).toList());
    }
}
