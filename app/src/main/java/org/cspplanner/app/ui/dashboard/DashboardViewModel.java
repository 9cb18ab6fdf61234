package org.cspplanner.app.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cspplanner.model.Action;
import org.cspplanner.model.Actual;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.report.ActionState;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;

/** The plan at a glance for a period: RAG counts per theme, overdue actions, missing updates, targets off track. */
public final class DashboardViewModel {

    /** How a theme's actions are rated in the period. */
    public record ThemeCounts(String heading, int red, int amber, int green, int notRated, int complete) {
        public int total() {
            return red + amber + green + notRated + complete;
        }
    }

    /** A line of one of the dashboard's lists, naming the action it is about. */
    public record Item(String code, String title, String detail) {
    }

    private final ObservableList<ThemeCounts> counts = FXCollections.observableArrayList();
    private final ObservableList<Item> overdue = FXCollections.observableArrayList();
    private final ObservableList<Item> noUpdate = FXCollections.observableArrayList();
    private final ObservableList<Item> targetsOffTrack = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public ObservableList<ThemeCounts> counts() {
        return counts;
    }

    public ObservableList<Item> overdue() {
        return overdue;
    }

    public ObservableList<Item> noUpdate() {
        return noUpdate;
    }

    public ObservableList<Item> targetsOffTrack() {
        return targetsOffTrack;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** "58 actions: 6 red, 14 amber, 30 green, 5 not rated, 3 complete". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void show(Plan plan, ReportingPeriod period, LocalDate today) {
        List<ThemeCounts> c = new ArrayList<>();
        List<Item> late = new ArrayList<>();
        List<Item> missing = new ArrayList<>();
        List<Item> off = new ArrayList<>();
        int[] all = new int[5];
        if (plan != null) {
            for (Theme t : plan.themes()) {
                int[] n = new int[5];
                for (Action a : t.actions()) {
                    // The board pack's rule, so the dashboard previews exactly the figures the board will see.
                    int slot = switch (ActionState.of(a, period)) {
                        case RED -> 0;
                        case AMBER -> 1;
                        case GREEN -> 2;
                        case NOT_RATED -> 3;
                        case COMPLETE -> 4;
                    };
                    n[slot]++;
                    all[slot]++;
                    if (a.isOverdue(today)) {
                        late.add(new Item(a.code(), a.title(), "Due " + a.due().display()));
                    }
                    if (a.status().isOpen() && a.updateFor(period).isEmpty()) {
                        missing.add(new Item(a.code(), a.title(), a.leadsDisplay()));
                    }
                    for (Target target : a.targets()) {
                        Rag tr = target.ragAt(period).orElse(null);
                        if (tr == Rag.RED || tr == Rag.AMBER) {
                            Actual actual = target.latestActual(period).orElseThrow();
                            off.add(new Item(a.code(), target.description(), tr.word() + ": " + actual.value().toPlainString()
                                    + " in " + actual.period().label() + " against a target of " + target.target().toPlainString()
                                    + (target.unit().isEmpty() ? "" : " " + target.unit())));
                        }
                    }
                }
                c.add(new ThemeCounts(t.heading(), n[0], n[1], n[2], n[3], n[4]));
            }
        }
        counts.setAll(c);
        overdue.setAll(late);
        noUpdate.setAll(missing);
        targetsOffTrack.setAll(off);
        heading.set(plan == null ? "" : plan.title() + " — " + period.label());
        int total = all[0] + all[1] + all[2] + all[3] + all[4];
        summary.set(total + (total == 1 ? " action: " : " actions: ") + all[0] + " red, " + all[1] + " amber, " + all[2]
                + " green, " + all[3] + " not rated, " + all[4] + " complete");
    }
}
