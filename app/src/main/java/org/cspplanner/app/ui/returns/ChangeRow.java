package org.cspplanner.app.ui.returns;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.cspplanner.app.ui.support.UkFormats;
import org.cspplanner.model.Rag;
import org.cspplanner.model.returns.ActionChange;

/** One return's change to one action, as the review table shows it, with whether it is accepted. */
public final class ChangeRow {

    private final ActionChange change;
    private final BooleanProperty accepted = new SimpleBooleanProperty();

    ChangeRow(ActionChange change) {
        this.change = change;
    }

    public ActionChange change() { return change; }
    public BooleanProperty acceptedProperty() { return accepted; }
    public boolean isAccepted() { return accepted.get(); }
    public boolean isConflict() { return change.conflict(); }
    public String code() { return change.code(); }
    public String title() { return change.title(); }

    /** "Police", then the file on the next line. */
    public String from() {
        String who = change.author().isEmpty() ? change.recipient() == null ? "" : change.recipient().label() : change.author();
        return who + "\n" + change.fileName();
    }

    public String currentRag() { return word(change.currentRag()); }
    public String proposedRag() { return word(change.proposedRag()); }

    public String currentText() {
        return change.currentUpdate() == null ? "" : change.currentUpdate().period().label() + ": " + change.currentUpdate().text();
    }

    public String proposedText() { return change.proposedText(); }

    /** The target actuals and milestone statuses that would change, one a line. */
    public String otherChanges() {
        List<String> lines = new java.util.ArrayList<>();
        change.actuals().forEach(a -> lines.add(a.description() + ": " + (a.current() == null ? "none" : UkFormats.number(a.current()))
                + " → " + UkFormats.number(a.proposed())));
        change.milestones().forEach(m -> lines.add("Milestone " + m.code() + ": " + m.current().label() + " → " + m.proposed().label()));
        return String.join("\n", lines);
    }

    /** What was wrong in this return's row, one a line. */
    public String notes() {
        return String.join("\n", change.notes().stream().map(n -> n.message()).toList());
    }

    private static String word(Rag rag) {
        return rag == null ? "–" : rag.word();
    }
}
