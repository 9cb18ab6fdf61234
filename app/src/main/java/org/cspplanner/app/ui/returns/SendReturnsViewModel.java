package org.cspplanner.app.ui.returns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cspplanner.app.files.AtomicFileWriter;
import org.cspplanner.app.ui.dialog.DialogService.FileType;
import org.cspplanner.app.ui.task.TaskRunner;
import org.cspplanner.app.ui.tools.Workbench;
import org.cspplanner.exporters.returns.ReturnLayout;
import org.cspplanner.exporters.returns.ReturnRequest;
import org.cspplanner.exporters.returns.ReturnWorkbookWriter;
import org.cspplanner.exporters.returns.ReturnsCoveringList;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.returns.ReturnsPlanner;

/**
 * "Send returns…": for a quarter, one update return (.xlsx) per lead organisation or officer of the open actions,
 * and the covering list of who was sent what, written into a folder. Shows who gets what before anything is written.
 */
public final class SendReturnsViewModel {

    /** One return to be written: who, the file, and the actions in it. */
    public record Recipient(String who, String fileName, String codes, int actions) {
    }

    private final Workbench bench;
    private final Plan plan;
    private final ObservableList<ReportingPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ReportingPeriod> period = new SimpleObjectProperty<>();
    private final ObjectProperty<ReturnsPlanner.By> by = new SimpleObjectProperty<>(ReturnsPlanner.By.ORGANISATION);
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final StringProperty contact = new SimpleStringProperty("");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObservableList<Recipient> recipients = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");
    private List<ReturnsPlanner.Assignment> assignments = List.of();

    public SendReturnsViewModel(Workbench bench) {
        this.bench = bench;
        this.plan = Objects.requireNonNull(bench.plan(), "Open a plan to send returns for");
        periods.setAll(plan.reportingPeriods());
        period.set(periods.contains(bench.period()) ? bench.period() : periods.get(0));
        deadline.set(period.get().end().plusDays(8));
        by.addListener((o, was, now) -> refresh());
        period.addListener((o, was, now) -> refresh());
        refresh();
    }

    public Plan plan() { return plan; }
    public ObservableList<ReportingPeriod> periods() { return periods; }
    public ObjectProperty<ReportingPeriod> periodProperty() { return period; }
    public ObjectProperty<ReturnsPlanner.By> byProperty() { return by; }
    public ObjectProperty<LocalDate> deadlineProperty() { return deadline; }
    public StringProperty contactProperty() { return contact; }
    /** The folder the returns and the covering list go into. */
    public ObjectProperty<Path> folderProperty() { return folder; }
    /** Who gets what, as the returns would be written now. */
    public ObservableList<Recipient> recipients() { return recipients; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty doneProperty() { return done.getReadOnlyProperty(); }
    public TaskRunner tasks() { return bench.tasks(); }

    public BooleanBinding canSend() {
        return Bindings.createBooleanBinding(() -> folder.get() != null && !recipients.isEmpty()
                && !bench.tasks().runningProperty().get(), folder, recipients, bench.tasks().runningProperty());
    }

    /** Asks where the covering list goes; the returns are written beside it. */
    public void chooseFolder() {
        bench.dialogs().chooseFileToSave("Save the returns: choose the covering list's place",
                ReturnsCoveringList.fileName(period.get()), List.of(FileType.of("Covering list (*.csv)", "*.csv")))
                .map(Path::toAbsolutePath).map(Path::getParent).ifPresent(folder::set);
    }

    private void refresh() {
        assignments = ReturnsPlanner.plan(plan, by.get());
        recipients.setAll(assignments.stream().map(a -> new Recipient(a.recipient().label(),
                ReturnLayout.fileName(period.get(), a.recipient()),
                String.join(", ", a.actions().stream().map(Action::code).toList()), a.actions().size())).toList());
        error.set(recipients.isEmpty() ? "No open action has a lead: there is no return to send." : "");
    }

    /** Writes every return and the covering list in the background; false when there is nothing to send or nowhere to put it. */
    public boolean send() {
        Path dir = folder.get();
        if (dir == null || assignments.isEmpty()) {
            error.set(dir == null ? "Choose the folder to save the returns in." : error.get());
            return false;
        }
        error.set("");
        done.set("");
        ReportingPeriod quarter = period.get();
        List<ReturnsPlanner.Assignment> toSend = assignments;
        LocalDate due = deadline.get();
        String who = contact.get();
        LocalDate today = bench.today();
        bench.tasks().run("Writing returns for " + quarter.label(), progress -> {
            Files.createDirectories(dir);
            ReturnWorkbookWriter writer = new ReturnWorkbookWriter();
            List<ReturnsCoveringList.Entry> sent = new ArrayList<>();
            int i = 0;
            for (ReturnsPlanner.Assignment a : toSend) {
                progress.checkCancelled();
                progress.progress((double) i++ / toSend.size(), "Return for " + a.recipient().label());
                String name = ReturnLayout.fileName(quarter, a.recipient());
                byte[] bytes = writer.write(new ReturnRequest(plan, quarter, a.recipient(), a.actions(), due, who, null));
                AtomicFileWriter.write(dir.resolve(name), out -> out.write(bytes));
                sent.add(new ReturnsCoveringList.Entry(a.recipient(), name, a.actions().stream().map(Action::code).toList(),
                        today, null, ""));
            }
            AtomicFileWriter.write(dir.resolve(ReturnsCoveringList.fileName(quarter)), out -> out.write(ReturnsCoveringList.write(sent)));
            progress.progress(1, "Written");
            return sent.size();
        }, count -> {
            done.set("Wrote " + count + (count == 1 ? " return" : " returns") + " and the covering list "
                    + ReturnsCoveringList.fileName(quarter) + " to " + dir);
            bench.editor().setStatus("Returns for " + quarter.label() + " written to " + dir + ". All changes saved");
        }, failure -> error.set(failure instanceof ProgressListener.CancelledException
                ? "Cancelled: the returns already written are in the folder, but no covering list."
                : "The returns could not be written: " + failure.getMessage()));
        return true;
    }
}
