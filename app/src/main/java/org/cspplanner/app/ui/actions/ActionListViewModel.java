package org.cspplanner.app.ui.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.cspplanner.app.ui.edit.PlanDocument;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Theme;

/**
 * The actions table: one row per action of the plan for the chosen period, the scope (theme or section),
 * the search and filters, the count of matches and the chosen action. Filtering runs over text that
 * was lower-cased once per row, so a plan of 10,000 actions filters in milliseconds.
 */
public final class ActionListViewModel {

    private final ObservableList<ActionRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ActionRow> filtered = new FilteredList<>(rows);
    private final SortedList<ActionRow> sorted = new SortedList<>(filtered);
    private final ObservableList<String> leadChoices = FXCollections.observableArrayList();

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<String> lead = new SimpleObjectProperty<>();
    private final ObjectProperty<RagChoice> rag = new SimpleObjectProperty<>(RagChoice.ANY);
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final BooleanProperty noUpdateOnly = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<UUID> themeScope = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UUID> sectionScope = new ReadOnlyObjectWrapper<>();

    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ActionRow> selected = new ReadOnlyObjectWrapper<>();

    private Plan plan;
    private boolean updating;
    private ReportingPeriod period;
    private final ReportingPeriod current;
    private final LocalDate today;

    public ActionListViewModel(LocalDate today) {
        this.today = today;
        this.current = ReportingPeriod.containing(today);
        this.period = current;
        for (Observable o : new Observable[] {searchText, lead, rag, status, overdueOnly, noUpdateOnly, themeScope, sectionScope}) {
            o.addListener(x -> applyFilter());
        }
        filtered.addListener((javafx.collections.ListChangeListener<ActionRow>) c -> updateCount());
    }

    // ---- what the view binds to

    /** The rows to show: filtered, and sorted as the table's columns say. */
    public SortedList<ActionRow> visibleRows() {
        return sorted;
    }

    public int allCount() {
        return rows.size();
    }

    public int matchCount() {
        return filtered.size();
    }

    public ObservableList<String> leadChoices() {
        return leadChoices;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<String> leadProperty() {
        return lead;
    }

    public ObjectProperty<RagChoice> ragProperty() {
        return rag;
    }

    public ObjectProperty<ActionStatus> statusProperty() {
        return status;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public BooleanProperty noUpdateOnlyProperty() {
        return noUpdateOnly;
    }

    /** "12 of 58 actions match" or "58 actions". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ActionRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UUID> themeScopeProperty() {
        return themeScope.getReadOnlyProperty();
    }

    public ReportingPeriod period() {
        return period;
    }

    public ReportingPeriod currentPeriod() {
        return current;
    }

    public LocalDate today() {
        return today;
    }

    // ---- commands

    /** Shows one theme's actions (or, with a section, that section's within it); null for the whole plan. */
    public void showScope(UUID themeId, UUID sectionId) {
        themeScope.set(themeId);
        sectionScope.set(sectionId);
    }

    public void clearFilters() {
        searchText.set("");
        lead.set(null);
        rag.set(RagChoice.ANY);
        status.set(null);
        overdueOnly.set(false);
        noUpdateOnly.set(false);
    }

    public ActionFilter filter() {
        return new ActionFilter(themeScope.get(), sectionScope.get(), searchText.get(), lead.get(), rag.get(),
                status.get(), overdueOnly.get(), noUpdateOnly.get());
    }

    public void select(ActionRow row) {
        selected.set(row);
    }

    public void selectAction(UUID actionId) {
        selected.set(actionId == null ? null : find(actionId));
    }

    /** Moves the choice to the next (+1) or previous (-1) visible action, staying put at either end. */
    public void selectNeighbour(int step) {
        if (sorted.isEmpty()) {
            return;
        }
        int at = selected.get() == null ? -1 : indexOfVisible(selected.get().action().id());
        int next = at < 0 ? (step > 0 ? 0 : sorted.size() - 1) : Math.max(0, Math.min(sorted.size() - 1, at + step));
        selected.set(sorted.get(next));
    }

    /** Builds every row again: a new plan, a new period, or a change to the plan's shape. */
    public void show(Plan newPlan, ReportingPeriod newPeriod) {
        this.plan = newPlan;
        this.period = newPeriod;
        UUID chosen = selected.get() == null ? null : selected.get().action().id();
        List<ActionRow> built = new ArrayList<>(newPlan == null ? 0 : newPlan.actionCount());
        TreeSet<String> leads = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (newPlan != null) {
            for (Theme t : newPlan.themes()) {
                for (Action a : t.actions()) {
                    built.add(ActionRow.of(a, t.id(), newPeriod, current, today));
                    for (Lead l : a.leads()) {
                        if (!l.organisation().isEmpty()) {
                            leads.add(l.organisation());
                        }
                        if (!l.officer().isEmpty()) {
                            leads.add(l.officer());
                        }
                    }
                }
            }
        }
        updating = true;
        try {
            rows.setAll(built);
        } finally {
            updating = false;
        }
        String keptLead = lead.get();
        leadChoices.setAll(leads);
        if (keptLead != null && !leads.contains(keptLead)) {
            lead.set(null);
        }
        if (themeScope.get() != null && (newPlan == null || newPlan.theme(themeScope.get()).isEmpty())) {
            showScope(null, null);
        }
        selected.set(chosen == null ? null : find(chosen));
        updateCount();
    }

    /** Applies a change of the open plan: one row replaced in place, or every row rebuilt. */
    public void apply(PlanDocument.Change change, Plan newPlan) {
        if (change instanceof PlanDocument.ActionChanged changed) {
            this.plan = newPlan;
            Action a = changed.action();
            for (int i = 0; i < rows.size(); i++) {
                ActionRow old = rows.get(i);
                if (old.action().id().equals(a.id())) {
                    ActionRow row = ActionRow.of(a, old.themeId(), period, current, today);
                    updating = true;
                    try {
                        rows.set(i, row);
                    } finally {
                        updating = false;
                    }
                    if (selected.get() != null && selected.get().action().id().equals(a.id())) {
                        selected.set(row);
                    }
                    return;
                }
            }
        }
        show(newPlan, period);
    }

    /**
     * True while the rows or the filter are changing: a table then moves its own selection about,
     * which is not the person choosing another action.
     */
    public boolean isUpdating() {
        return updating;
    }

    public Plan plan() {
        return plan;
    }

    private ActionRow find(UUID actionId) {
        for (ActionRow r : rows) {
            if (r.action().id().equals(actionId)) {
                return r;
            }
        }
        return null;
    }

    private int indexOfVisible(UUID actionId) {
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).action().id().equals(actionId)) {
                return i;
            }
        }
        return -1;
    }

    private void applyFilter() {
        ActionFilter f = filter();
        updating = true;
        try {
            filtered.setPredicate(f.predicate());
        } finally {
            updating = false;
        }
        updateCount();
    }

    private void updateCount() {
        int all = rows.size();
        int shown = filtered.size();
        String noun = all == 1 ? "action" : "actions";
        countText.set(shown == all ? String.format(Locale.UK, "%,d %s", all, noun)
                : String.format(Locale.UK, "%,d of %,d %s match", shown, all, noun));
    }
}
