package org.cspplanner.app.ui;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Theme;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.PlanSummary;

/** State of the main window: the plans, the chosen plan and theme, and the actions shown. No JavaFX nodes here. */
public final class MainViewModel {

    private final PlanService service;
    private final ObservableList<PlanSummary> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> selectedPlan = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> selectedTheme = new SimpleObjectProperty<>();
    private final ObservableList<Action> actions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public MainViewModel(PlanService service) {
        this.service = service;
        selectedPlan.addListener((obs, old, now) -> openPlan(now));
        selectedTheme.addListener((obs, old, now) -> showActions());
    }

    public ObservableList<PlanSummary> plans() {
        return FXCollections.unmodifiableObservableList(plans);
    }

    public ObjectProperty<PlanSummary> selectedPlanProperty() {
        return selectedPlan;
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObservableList<Theme> themes() {
        return FXCollections.unmodifiableObservableList(themes);
    }

    public ObjectProperty<Theme> selectedThemeProperty() {
        return selectedTheme;
    }

    public ObservableList<Action> actions() {
        return FXCollections.unmodifiableObservableList(actions);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads the list of plans again and keeps the same plan chosen (or the first). */
    public void reload() {
        UUID chosen = selectedPlan.get() == null ? null : selectedPlan.get().id();
        List<PlanSummary> list = service.listPlans();
        plans.setAll(list);
        selectedPlan.set(list.stream().filter(p -> p.id().equals(chosen)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0)));
        status.set(list.isEmpty() ? "No plans yet" : "All changes saved");
    }

    private void openPlan(PlanSummary summary) {
        Plan loaded = summary == null ? null : service.loadPlan(summary.id());
        plan.set(loaded);
        themes.setAll(loaded == null ? List.of() : loaded.themes());
        selectedTheme.set(null);
        showActions();
    }

    /** The chosen theme's actions, or every action of the plan when no theme is chosen. */
    private void showActions() {
        Plan p = plan.get();
        if (p == null) {
            actions.clear();
        } else if (selectedTheme.get() == null) {
            actions.setAll(p.actions().toList());
        } else {
            actions.setAll(selectedTheme.get().actions());
        }
    }
}
