package org.cspplanner.app.ui.editor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.cspplanner.app.ui.actions.ActionRow;
import org.cspplanner.app.ui.edit.AddUpdateEdit;
import org.cspplanner.app.ui.edit.ChangeActionEdit;
import org.cspplanner.app.ui.edit.Labels;
import org.cspplanner.app.ui.edit.PlanEditor;
import org.cspplanner.app.ui.support.UkFormats;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Update;

/**
 * The editor of the chosen action. Each command is one named, undoable edit committed at once;
 * text commands are called when a field is left or Enter is pressed, not per keystroke.
 * Milestones and targets have their own view models built on {@link #change}.
 */
public final class ActionEditorViewModel {

    public static final String TITLE_REQUIRED = "A title is required";

    private final PlanEditor editor;
    private final ReadOnlyObjectWrapper<Action> action = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReportingPeriod> period = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper addUpdateLabel = new ReadOnlyStringWrapper("Add update");
    private final List<Runnable> beforeChange = new ArrayList<>();
    private int shows;
    private final MilestonesViewModel milestones;
    private final TargetsViewModel targets;

    public ActionEditorViewModel(PlanEditor editor) {
        this.editor = editor;
        this.milestones = new MilestonesViewModel(this);
        this.targets = new TargetsViewModel(this);
        period.addListener((o, a, p) -> addUpdateLabel.set(p == null ? "Add update" : "Add update for " + p.label()));
    }

    /** Follows the table's chosen row, the plan it belongs to and the reporting period. */
    public void show(ActionRow row, Plan owner, ReportingPeriod reportingPeriod) {
        Action next = row == null ? null : row.action();
        if (action.get() != null && (next == null || !next.id().equals(action.get().id()))) {
            // the view hands over half-typed text while the old action is still the one being edited;
            // saving it shows the editor again with fresher data, which then wins
            int before = ++shows;
            beforeChange.forEach(Runnable::run);
            if (shows != before) {
                return;
            }
        }
        shows++;
        plan.set(owner);
        period.set(reportingPeriod);
        Action shown = action.get();
        action.set(row == null ? null : row.action());
        if (shown == null || action.get() == null || !shown.id().equals(action.get().id())) {
            message.set("");
        }
    }

    /** Work to do before another action is shown, such as committing a field the person is still in. */
    public void addBeforeChange(Runnable hook) {
        beforeChange.add(hook);
    }

    public ReadOnlyObjectProperty<Action> actionProperty() {
        return action.getReadOnlyProperty();
    }

    public Action action() {
        return action.get();
    }

    public ReadOnlyObjectProperty<ReportingPeriod> periodProperty() {
        return period.getReadOnlyProperty();
    }

    public Plan plan() {
        return plan.get();
    }

    public BooleanBinding hasAction() {
        return Bindings.isNotNull(action);
    }

    /** The last thing the editor refused, for a person to read ("A title is required"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addUpdateLabelProperty() {
        return addUpdateLabel.getReadOnlyProperty();
    }

    public MilestonesViewModel milestones() {
        return milestones;
    }

    public TargetsViewModel targets() {
        return targets;
    }

    // ---- validation rules

    public static Optional<String> titleProblem(String title) {
        return title == null || title.isBlank() ? Optional.of(TITLE_REQUIRED) : Optional.empty();
    }

    /** A warning, not an error: plans do sometimes run work past their own year. */
    public static Optional<String> dueDateWarning(LocalDate due, Plan plan) {
        if (due == null || plan == null) {
            return Optional.empty();
        }
        if (due.isBefore(plan.periodStart()) || due.isAfter(plan.periodEnd())) {
            return Optional.of("This date is outside the plan period (" + UkFormats.date(plan.periodStart()) + " to "
                    + UkFormats.date(plan.periodEnd()) + ")");
        }
        return Optional.empty();
    }

    // ---- commands

    public boolean setTitle(String title) {
        Optional<String> problem = titleProblem(title);
        if (problem.isPresent()) {
            message.set(problem.get());
            return false;
        }
        message.set("");
        return change("Change title of %s", b -> b.title(title));
    }

    public boolean setCode(String code) {
        Action a = action();
        if (a == null) {
            return false;
        }
        String clean = code == null ? "" : code.strip();
        return apply(a, a.withCode(clean), "Change code of " + Labels.of(a) + " to " + (clean.isEmpty() ? "none" : clean));
    }

    public boolean setDescription(String text) {
        return change("Change detail of %s", b -> b.description(text));
    }

    public boolean setOutcome(String text) {
        return change("Change outcome of %s", b -> b.outcome(text));
    }

    public boolean setBarriers(String text) {
        return change("Change barriers of %s", b -> b.barriers(text));
    }

    /** Leads as written in the field: "Helen Marsh (WVDC); Police". */
    public boolean setLeads(String text) {
        return change("Change leads of %s", b -> b.leads(parseLeads(text)));
    }

    public boolean setPartners(String text) {
        return change("Change partners of %s", b -> b.partners(splitList(text)));
    }

    public boolean setTags(String text) {
        return change("Change tags of %s", b -> b.tags(splitList(text)));
    }

    /** A new start day, kept at the precision the start date already has (a day when there is none). */
    public boolean setStart(LocalDate start) {
        Action a = action();
        return a != null && setStart(start, precisionOf(a.start()));
    }

    /** A start date as a day, or as the month or financial quarter holding the day; null clears it. */
    public boolean setStart(LocalDate start, DueDate.Precision precision) {
        Action a = action();
        DueDate next = dueDate(start, precision);
        if (a == null || Objects.equals(a.start(), next)) {
            return false;
        }
        return change("Change start date of %s" + (next == null ? "" : " to " + next.display()), b -> b.start(next));
    }

    /** A new due day, kept at the precision the due date already has (a day when there is none). */
    public boolean setDue(LocalDate due) {
        Action a = action();
        return a != null && setDue(due, precisionOf(a.due()));
    }

    /** A due date as a day, or as the month ("March 2027") or financial quarter ("Q4 2026/27") holding the day; null clears it. */
    public boolean setDue(LocalDate due, DueDate.Precision precision) {
        Action a = action();
        DueDate next = dueDate(due, precision);
        if (a == null || Objects.equals(a.due(), next)) {
            return false; // an unchanged date is not rewritten, whatever precision it has
        }
        return change("Change due date of %s" + (next == null ? "" : " to " + next.display()), b -> b.due(next));
    }

    /** The date a day picked at a precision stands for: the day, its month or its financial quarter. */
    public static DueDate dueDate(LocalDate day, DueDate.Precision precision) {
        if (day == null) {
            return null;
        }
        return switch (precision == null ? DueDate.Precision.DAY : precision) {
            case DAY -> DueDate.of(day);
            case MONTH -> DueDate.ofMonth(YearMonth.from(day));
            case QUARTER -> DueDate.ofQuarter(ReportingPeriod.containing(day));
        };
    }

    /** The precision a date field shows: the date's own, or a day when there is no date. */
    public static DueDate.Precision precisionOf(DueDate d) {
        return d == null ? DueDate.Precision.DAY : d.precision();
    }

    public boolean setStatus(ActionStatus status) {
        return change("Change status of %s to " + (status == null ? "" : status.label()), b -> b.status(status));
    }

    /** Rates the action; null clears the rating. */
    public boolean setRag(Rag rag) {
        return change("Change RAG of %s to " + (rag == null ? "not rated" : rag.word()), b -> b.rag(rag));
    }

    public boolean setSection(StrategicSection section) {
        return change("Change section of %s", b -> b.sectionId(section == null ? null : section.id()));
    }

    /** Adds an update for the chosen reporting period, dated today (or the period's last day when that is earlier). */
    public boolean addUpdate(String text, Rag rag, String author, LocalDate today) {
        Action a = action();
        ReportingPeriod p = period.get();
        if (a == null || p == null) {
            return false;
        }
        if ((text == null || text.isBlank()) && rag == null) {
            message.set("Write the update or choose a RAG");
            return false;
        }
        LocalDate date = today.isAfter(p.end()) ? p.end() : today.isBefore(p.start()) ? p.start() : today;
        Update update = new Update(null, p, date, author, "", text, rag, "");
        message.set("");
        return editor.perform(new AddUpdateEdit(editor.document(), a, update));
    }

    /**
     * The one way every field command changes the action: builds the new action and, when it differs,
     * performs a named edit ("%s" in the name is the action's code).
     */
    boolean change(String nameFormat, UnaryOperator<Action.Builder> how) {
        Action a = action();
        if (a == null) {
            return false;
        }
        Action after;
        try {
            after = how.apply(a.toBuilder()).build();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        return apply(a, after, String.format(nameFormat, Labels.of(a)));
    }

    private boolean apply(Action before, Action after, String name) {
        if (after.equals(before)) {
            return false;
        }
        return editor.perform(new ChangeActionEdit(editor.document(), before, after, name));
    }

    // ---- text forms of lists

    public static String leadsText(List<Lead> leads) {
        return String.join("; ", leads.stream()
                .map(l -> l.officer().isEmpty() ? l.organisation()
                        : l.organisation().isEmpty() ? l.officer() + " ()" : l.officer() + " (" + l.organisation() + ")")
                .toList());
    }

    /** "Helen Marsh (WVDC); Police; Sgt Di-Meo ()" — an officer's organisation in brackets; no brackets means an organisation. */
    public static List<Lead> parseLeads(String text) {
        List<Lead> leads = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[;\n]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int open = p.lastIndexOf('(');
            if (open > 0 && p.endsWith(")")) {
                leads.add(new Lead(p.substring(0, open).strip(), p.substring(open + 1, p.length() - 1).strip()));
            } else {
                leads.add(Lead.organisation(p));
            }
        }
        return leads;
    }

    public static List<String> splitList(String text) {
        return Arrays.stream((text == null ? "" : text).split("[,;\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The day a date field shows: the last day of a month or quarter. */
    public static LocalDate day(DueDate d) {
        return d == null ? null : d.latestDay();
    }

    PlanEditor editor() {
        return editor;
    }

    void setMessage(String text) {
        message.set(text);
    }
}
