package org.cspplanner.app.ui.carryover;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cspplanner.app.ui.carryover.CarryOverRow.Choice;
import org.cspplanner.app.ui.task.TaskRunner;
import org.cspplanner.app.ui.tools.Workbench;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.service.CarryOver;
import org.cspplanner.model.service.CarryOverService;

/**
 * The carry-over wizard: next year's title, a choice per action (carry, amend, drop with a reason, leave), the counts,
 * and the run, saved in one transaction and recorded as one undoable edit.
 */
public final class CarryOverViewModel {

    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*[/-]\\s*(\\d\\d)(?!\\d)");

    private final Workbench bench;
    private final CarryOverService service;
    private final Plan old;
    private final StringProperty title = new SimpleStringProperty();
    private final ObservableList<CarryOverRow> rows = FXCollections.observableArrayList(r -> new Observable[] {
            r.choiceProperty(), r.reasonProperty(), r.titleProperty(), r.dueProperty()});
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CarryOver.Result> result = new ReadOnlyObjectWrapper<>();

    public CarryOverViewModel(Workbench bench) {
        this.bench = bench;
        this.service = new CarryOverService(bench.plans().workspace());
        this.old = Objects.requireNonNull(bench.plan(), "Open a plan to carry over");
        title.set(nextTitle(old));
        Map<UUID, CarryOver.Decision> defaults = CarryOver.defaultDecisions(old);
        old.actions().forEach(a -> rows.add(new CarryOverRow(a, defaults.containsKey(a.id()) ? Choice.CARRY : Choice.LEAVE, old)));
    }

    /** "Community Safety Plan 2026/27" becomes "… 2027/28"; a title without a year gets next year's label added. */
    static String nextTitle(Plan plan) {
        FinancialYear next = FinancialYear.containing(plan.periodStart()).next();
        Matcher m = YEAR.matcher(plan.title());
        if (m.find()) {
            int start = Integer.parseInt(m.group(1));
            String replaced = String.format("%d/%02d", start + 1, (start + 2) % 100);
            return plan.title().substring(0, m.start()) + replaced + plan.title().substring(m.end());
        }
        return plan.title() + " " + next.label();
    }

    public Plan oldPlan() { return old; }
    public StringProperty titleProperty() { return title; }
    public ObservableList<CarryOverRow> rows() { return rows; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CarryOver.Result> resultProperty() { return result.getReadOnlyProperty(); }
    public TaskRunner tasks() { return bench.tasks(); }

    /** "12 carried over (2 amended) · 1 dropped · 3 left behind". */
    public StringBinding summary() {
        return Bindings.createStringBinding(() -> {
            long carry = count(Choice.CARRY) + count(Choice.AMEND);
            return carry + " carried over (" + count(Choice.AMEND) + " amended) · " + count(Choice.DROP) + " dropped · "
                    + count(Choice.LEAVE) + " left behind";
        }, rows);
    }

    public long count(Choice choice) {
        return rows.stream().filter(r -> r.choice() == choice).count();
    }

    /** Sets every row to the same choice ("Carry all", "Leave all"). */
    public void chooseAll(Choice choice) {
        rows.forEach(r -> r.choiceProperty().set(choice));
    }

    /** Goes back to the first choice: carry every action not complete. */
    public void chooseDefaults() {
        Map<UUID, CarryOver.Decision> defaults = CarryOver.defaultDecisions(old);
        rows.forEach(r -> r.choiceProperty().set(defaults.containsKey(r.action().id()) ? Choice.CARRY : Choice.LEAVE));
    }

    /** Every reason the carry-over cannot run yet, in words; empty when it can. */
    public List<String> problems() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        if (title.get() == null || title.get().isBlank()) {
            out.add("The new plan needs a title.");
        }
        if (count(Choice.LEAVE) == rows.size()) {
            out.add("Choose at least one action to carry over or drop.");
        }
        rows.stream().map(CarryOverRow::problem).filter(Objects::nonNull).forEach(out::add);
        return out;
    }

    /** Runs the carry-over in the background; false (and nothing written) while there are problems. */
    public boolean run() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            error.set(String.join("\n", problems.subList(0, Math.min(3, problems.size())))
                    + (problems.size() > 3 ? "\n… and " + (problems.size() - 3) + " more." : ""));
            return false;
        }
        error.set("");
        Map<UUID, CarryOver.Decision> decisions = new LinkedHashMap<>();
        rows.forEach(r -> {
            CarryOver.Decision d = r.decision();
            if (d != null) {
                decisions.put(r.action().id(), d);
            }
        });
        String newTitle = title.get().strip();
        bench.tasks().run("Carrying over to " + newTitle, progress -> {
            progress.progress(-1, "Creating ‘" + newTitle + "’");
            progress.checkCancelled();
            return service.carryOver(old, decisions, newTitle);
        }, done -> {
            result.set(done);
            bench.openPlan(done.newPlan().id());
            bench.editor().undoManager().record(new CarryOverEdit(bench, service, done));
            bench.editor().setStatus("Created ‘" + done.newPlan().title() + "’: " + done.carried() + " actions carried over, "
                    + done.dropped() + " dropped. All changes saved");
        }, failure -> error.set(failure instanceof ProgressListener.CancelledException ? "Cancelled: nothing was written."
                : "The carry-over failed and nothing was written: " + failure.getMessage()));
        return true;
    }
}
