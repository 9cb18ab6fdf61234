package org.cspplanner.app.ui.carryover;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cspplanner.app.ui.editor.ActionEditorViewModel;
import org.cspplanner.app.ui.support.UkFormats;
import org.cspplanner.model.Action;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Plan;
import org.cspplanner.model.service.CarryOver;

/** One action of the old plan and what to do with it: carry, amend (title, due date, leads), drop with a reason, or leave. */
public final class CarryOverRow {

    /** The choices offered per action. */
    public enum Choice {
        CARRY("Carry over"), AMEND("Amend and carry"), DROP("Drop"), LEAVE("Leave behind");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Action action;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty due = new SimpleStringProperty();
    private final StringProperty leads = new SimpleStringProperty();

    CarryOverRow(Action action, Choice initial, Plan old) {
        this.action = action;
        choice.set(initial);
        title.set(action.title());
        leads.set(ActionEditorViewModel.leadsText(action.leads()));
        LocalDate day = action.due() == null ? null : action.due().latestDay();
        // the date as it will be in the new plan, so an amendment starts from there
        if (day != null && !day.isBefore(old.periodStart()) && !day.isAfter(old.periodEnd())) {
            day = day.plusYears(1);
        }
        due.set(day == null ? "" : UkFormats.date(day));
    }

    public Action action() { return action; }
    public String code() { return action.code(); }
    public String status() { return action.status().label(); }
    public ObjectProperty<Choice> choiceProperty() { return choice; }
    public Choice choice() { return choice.get(); }
    /** Why the action is dropped; required for a drop. */
    public StringProperty reasonProperty() { return reason; }
    /** The amended title, due date (dd/MM/yyyy) and leads ("Police; Helen Marsh (WVDC)"), used only for Amend. */
    public StringProperty titleProperty() { return title; }
    public StringProperty dueProperty() { return due; }
    public StringProperty leadsProperty() { return leads; }

    /** What is wrong with this row's choice, or null. */
    String problem() {
        return switch (choice.get()) {
            case DROP -> reason.get() == null || reason.get().isBlank()
                    ? "Give a reason for dropping " + label() + "." : null;
            case AMEND -> title.get() == null || title.get().isBlank() ? "The amended " + label() + " needs a title."
                    : !due.get().isBlank() && UkFormats.parseDate(due.get()).isEmpty()
                    ? "The due date of " + label() + " is not a date: use dd/mm/yyyy, such as 31/03/2028." : null;
            default -> null;
        };
    }

    /** The decision for {@link CarryOver#carryOver}, or null to leave the action where it is. */
    CarryOver.Decision decision() {
        return switch (choice.get()) {
            case CARRY -> new CarryOver.Carry();
            case DROP -> new CarryOver.Drop(reason.get());
            case LEAVE -> null;
            case AMEND -> new CarryOver.Amend(action.toBuilder()
                    .title(title.get().strip())
                    .due(UkFormats.parseDate(due.get()).map(DueDate::of).orElse(due.get().isBlank() ? null : action.due()))
                    .leads(ActionEditorViewModel.parseLeads(leads.get()))
                    .build());
        };
    }

    private String label() {
        return action.code().isEmpty() ? "‘" + action.title() + "’" : action.code();
    }
}
