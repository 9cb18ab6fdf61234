package org.cspplanner.app.ui.actions;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.cspplanner.model.ActionStatus;

/**
 * Which actions the table shows: a scope (a theme, or a strategic section within one) and the filters.
 * Text matches any of the words, all of them required, against the row's precomputed search text.
 */
public record ActionFilter(UUID themeId, UUID sectionId, String text, String lead, RagChoice rag,
                           ActionStatus status, boolean overdueOnly, boolean noUpdateOnly) {

    public static final ActionFilter NONE = new ActionFilter(null, null, "", null, RagChoice.ANY, null, false, false);

    public ActionFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.UK);
        lead = lead == null || lead.isBlank() ? null : lead.strip().toLowerCase(Locale.UK);
        rag = rag == null ? RagChoice.ANY : rag;
    }

    /** True when only the scope is set: no filter narrows the list. */
    public boolean isEmpty() {
        return text.isEmpty() && lead == null && rag == RagChoice.ANY && status == null && !overdueOnly && !noUpdateOnly;
    }

    public Predicate<ActionRow> predicate() {
        String[] words = text.isEmpty() ? new String[0] : text.split("\\s+");
        return row -> {
            if (themeId != null && !themeId.equals(row.themeId())) {
                return false;
            }
            if (sectionId != null && !sectionId.equals(row.action().sectionId())) {
                return false;
            }
            if (status != null && row.action().status() != status) {
                return false;
            }
            if (!rag.matches(row)) {
                return false;
            }
            if (overdueOnly && !row.overdue()) {
                return false;
            }
            if (noUpdateOnly && (row.hasUpdateInPeriod() || !row.action().status().isOpen())) {
                return false;
            }
            if (lead != null && !row.leadKeys().contains(lead)) {
                return false;
            }
            for (String w : words) {
                if (!row.searchText().contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }
}
