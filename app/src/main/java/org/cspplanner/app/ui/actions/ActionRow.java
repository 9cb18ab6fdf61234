package org.cspplanner.app.ui.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Update;

/**
 * One line of the actions table for a reporting period, with what the filters need worked out once:
 * the period's RAG and update, overdue, and the lower-cased text that search looks through.
 */
public record ActionRow(Action action, UUID themeId, Rag rag, Update periodUpdate, LocalDate latestUpdateDate,
                        boolean overdue, List<String> leadKeys, String searchText) {

    public static ActionRow of(Action a, UUID themeId, ReportingPeriod period, ReportingPeriod current, LocalDate today) {
        Update inPeriod = a.updateFor(period).orElse(null);
        LocalDate latest = a.latestUpdate(period).map(Update::date).orElse(null);
        List<String> keys = new ArrayList<>();
        for (Lead l : a.leads()) {
            if (!l.officer().isEmpty()) {
                keys.add(l.officer().toLowerCase(Locale.UK));
            }
            if (!l.organisation().isEmpty()) {
                keys.add(l.organisation().toLowerCase(Locale.UK));
            }
        }
        return new ActionRow(a, themeId, ragFor(a, period, current), inPeriod, latest, a.isOverdue(today),
                List.copyOf(keys), searchText(a));
    }

    /**
     * The RAG shown for a period: that period's rated update; failing that, for the current quarter and
     * later the action's own RAG, and for past quarters the newest rating reported by then.
     */
    public static Rag ragFor(Action a, ReportingPeriod period, ReportingPeriod current) {
        Update u = a.updateFor(period).orElse(null);
        if (u != null && u.rag() != null) {
            return u.rag();
        }
        if (period.compareTo(current) >= 0) {
            return a.rag();
        }
        Rag found = null;
        for (Update x : a.updates()) {
            if (x.period().compareTo(period) <= 0 && x.rag() != null) {
                found = x.rag();
            }
        }
        return found;
    }

    static String searchText(Action a) {
        StringBuilder s = new StringBuilder(256);
        s.append(a.code()).append('\n').append(a.title()).append('\n').append(a.description()).append('\n')
                .append(a.outcome()).append('\n').append(a.barriers()).append('\n').append(a.leadsDisplay()).append('\n');
        a.partners().forEach(p -> s.append(p).append('\n'));
        a.tags().forEach(t -> s.append(t).append('\n'));
        for (Milestone m : a.milestones()) {
            s.append(m.code()).append(' ').append(m.text()).append('\n').append(m.progress()).append('\n');
        }
        for (Update u : a.updates()) {
            s.append(u.text()).append('\n');
        }
        return s.toString().toLowerCase(Locale.UK);
    }

    public boolean isComplete() {
        return action.status() == ActionStatus.COMPLETE;
    }

    /** The word on the chip: "Complete" for finished work, the RAG word, or "Not rated". */
    public String ragWord() {
        if (isComplete()) {
            return "Complete";
        }
        return rag == null ? "Not rated" : rag.word();
    }

    /** Style class of the chip: rag-red, rag-amber, rag-green, rag-complete or rag-none. */
    public String ragStyle() {
        if (isComplete()) {
            return "rag-complete";
        }
        return rag == null ? "rag-none" : "rag-" + rag.name().toLowerCase(Locale.ROOT);
    }

    public boolean hasUpdateInPeriod() {
        return periodUpdate != null;
    }
}
