package org.cspplanner.app.ui.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cspplanner.app.ui.support.UkFormats;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Rag;

/** The chosen action's milestones ("1.1a …"): add, delete, reorder and change them, each an undoable edit. */
public final class MilestonesViewModel {

    private final ActionEditorViewModel owner;
    private final ObservableList<Milestone> items = FXCollections.observableArrayList();

    MilestonesViewModel(ActionEditorViewModel owner) {
        this.owner = owner;
        owner.actionProperty().addListener((o, old, a) -> items.setAll(a == null ? List.of() : a.milestones()));
    }

    public ObservableList<Milestone> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** Adds a milestone coded after the action ("1.2c") at the end. */
    public boolean add(String text) {
        Action a = owner.action();
        if (a == null) {
            return false;
        }
        if (text == null || text.isBlank()) {
            owner.setMessage("A milestone needs text");
            return false;
        }
        String code = a.code().isEmpty() ? "" : a.code() + letter(a.milestones().size());
        Milestone m = new Milestone(null, code, text, null, "", null, ActionStatus.NOT_STARTED, null, "");
        List<Milestone> list = new ArrayList<>(a.milestones());
        list.add(m);
        return owner.change("Add milestone " + (code.isEmpty() ? "" : code + " ") + "to %s", b -> b.milestones(list));
    }

    public boolean delete(int index) {
        Action a = owner.action();
        if (a == null || index < 0 || index >= a.milestones().size()) {
            return false;
        }
        List<Milestone> list = new ArrayList<>(a.milestones());
        Milestone gone = list.remove(index);
        return owner.change("Delete milestone " + name(gone) + " of %s", b -> b.milestones(list));
    }

    /** Moves a milestone up (-1) or down (+1). */
    public boolean move(int index, int step) {
        Action a = owner.action();
        int to = index + step;
        if (a == null || index < 0 || index >= a.milestones().size() || to < 0 || to >= a.milestones().size()) {
            return false;
        }
        List<Milestone> list = new ArrayList<>(a.milestones());
        Milestone m = list.remove(index);
        list.add(to, m);
        return owner.change("Move milestone " + name(m) + (step < 0 ? " up" : " down") + " in %s", b -> b.milestones(list));
    }

    public boolean setText(int index, String text) {
        if (text == null || text.isBlank()) {
            owner.setMessage("A milestone needs text");
            return false;
        }
        return replace(index, "text", m -> new Milestone(m.id(), m.code(), text, m.lead(), m.target(), m.due(), m.status(), m.rag(), m.progress()));
    }

    public boolean setCode(int index, String code) {
        return replace(index, "code", m -> m.withCode(code));
    }

    /** "Helen Marsh (WVDC)" or "Police"; blank for none. */
    public boolean setLead(int index, String lead) {
        List<Lead> leads = ActionEditorViewModel.parseLeads(lead);
        Lead l = leads.isEmpty() ? null : leads.get(0);
        return replace(index, "lead", m -> new Milestone(m.id(), m.code(), m.text(), l, m.target(), m.due(), m.status(), m.rag(), m.progress()));
    }

    /** A UK date (30/09/2026) or blank; anything else is refused with a message. */
    public boolean setDue(int index, String text) {
        LocalDate d = null;
        if (text != null && !text.isBlank()) {
            d = UkFormats.parseDate(text).orElse(null);
            if (d == null) {
                owner.setMessage("Write the due date as dd/mm/yyyy, for example 31/03/2027");
                return false;
            }
        }
        DueDate due = d == null ? null : DueDate.of(d);
        return replace(index, "due date", m -> new Milestone(m.id(), m.code(), m.text(), m.lead(), m.target(), due, m.status(), m.rag(), m.progress()));
    }

    public boolean setStatus(int index, ActionStatus status) {
        return replace(index, "status", m -> m.withStatus(status));
    }

    public boolean setRag(int index, Rag rag) {
        return replace(index, "RAG", m -> m.withProgress(m.progress(), rag));
    }

    public boolean setProgress(int index, String progress) {
        return replace(index, "progress", m -> m.withProgress(progress, m.rag()));
    }

    private boolean replace(int index, String field, UnaryOperator<Milestone> how) {
        Action a = owner.action();
        if (a == null || index < 0 || index >= a.milestones().size()) {
            return false;
        }
        Milestone before = a.milestones().get(index);
        Milestone after = how.apply(before);
        if (Objects.equals(before, after)) {
            return false;
        }
        List<Milestone> list = new ArrayList<>(a.milestones());
        list.set(index, after);
        return owner.change("Change " + field + " of milestone " + name(before) + " of %s", b -> b.milestones(list));
    }

    private static String name(Milestone m) {
        if (!m.code().isEmpty()) {
            return m.code();
        }
        return "‘" + (m.text().length() > 24 ? m.text().substring(0, 23) + "…" : m.text()) + "’";
    }

    private static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "" + (char) ('a' + index / 26 - 1) + (char) ('a' + index % 26);
    }
}
