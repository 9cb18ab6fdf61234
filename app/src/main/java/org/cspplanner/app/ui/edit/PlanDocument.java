package org.cspplanner.app.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;
import org.cspplanner.model.service.PlanService;

/**
 * The open plan. Every change goes through the {@link PlanService} (so it is committed when the
 * method returns) and then into the in-memory snapshot, which is replaced piece by piece rather
 * than reloaded. Listeners learn whether one action changed or the shape of the plan did.
 */
public final class PlanDocument {

    /** What changed in the snapshot: one action in place, or themes and their order. */
    public sealed interface Change permits ActionChanged, StructureChanged {
    }

    /** One action changed where it stands. */
    public record ActionChanged(Action action) implements Change {
    }

    /** Themes, the plan's details or the order or membership of actions changed. */
    public record StructureChanged() implements Change {
    }

    private final PlanService service;
    private final ReadOnlyObjectWrapper<Plan> plan;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public PlanDocument(PlanService service, Plan plan) {
        this.service = service;
        this.plan = new ReadOnlyObjectWrapper<>(plan);
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Plan plan() {
        return plan.get();
    }

    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** Reads the plan again from the workspace, after a failure left the snapshot unsure. */
    public void reload() {
        set(service.loadPlan(plan().id()), new StructureChanged());
    }

    public Theme themeOf(UUID actionId) {
        return plan().themeOf(actionId).orElseThrow(() -> new IllegalStateException("No theme holds action " + actionId));
    }

    public int indexOf(Theme theme, UUID actionId) {
        List<Action> actions = theme.actions();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).id().equals(actionId)) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces an action where it stands. */
    public void replaceAction(Action action) {
        Theme theme = themeOf(action.id());
        service.saveAction(theme.id(), indexOf(theme, action.id()), action);
        set(plan().withAction(action), new ActionChanged(action));
    }

    /** Replaces several actions where they stand, in one transaction. */
    public void replaceActions(List<Action> actions) {
        Plan p = plan();
        List<PlanService.PlacedAction> placed = new ArrayList<>();
        for (Action a : actions) {
            Theme theme = p.themeOf(a.id()).orElseThrow();
            placed.add(new PlanService.PlacedAction(theme.id(), indexOf(theme, a.id()), a));
            p = p.withAction(a);
        }
        service.saveActions(placed);
        set(p, new StructureChanged());
    }

    /** Puts a new (or deleted) action into a theme at a position. */
    public void insertAction(UUID themeId, int position, Action action) {
        Theme theme = plan().theme(themeId).orElseThrow();
        List<Action> actions = new ArrayList<>(theme.actions());
        int at = Math.max(0, Math.min(position, actions.size()));
        actions.add(at, action);
        service.saveAction(themeId, at, action);
        if (at < actions.size() - 1) {
            service.orderActions(themeId, actions.stream().map(Action::id).toList());
        }
        set(withTheme(theme.withActions(actions)), new StructureChanged());
    }

    public void deleteAction(UUID actionId) {
        Theme theme = themeOf(actionId);
        service.deleteAction(actionId);
        set(withTheme(theme.withActions(theme.actions().stream().filter(a -> !a.id().equals(actionId)).toList())),
                new StructureChanged());
    }

    /** Moves an action to a position in a theme (the same theme, or another one). */
    public void moveAction(UUID actionId, UUID toThemeId, int position) {
        Theme from = themeOf(actionId);
        Action action = from.actions().get(indexOf(from, actionId));
        Plan p = withTheme(from.withActions(from.actions().stream().filter(a -> !a.id().equals(actionId)).toList()));
        Theme to = p.theme(toThemeId).orElseThrow();
        List<Action> actions = new ArrayList<>(to.actions());
        actions.add(Math.max(0, Math.min(position, actions.size())), action);
        service.orderActions(toThemeId, actions.stream().map(Action::id).toList());
        set(replaceTheme(p, to.withActions(actions)), new StructureChanged());
    }

    /** Saves a theme's own fields (code, title, description, narrative); its actions stay as they are. */
    public void saveThemeHeader(Theme header) {
        Theme current = plan().theme(header.id()).orElseThrow();
        Theme updated = current.withHeader(header.code(), header.title(), header.description(), header.narrative());
        service.saveTheme(plan().id(), updated, plan().themes().indexOf(current));
        set(withTheme(updated), new StructureChanged());
    }

    /** Adds a theme (with any actions it holds, as when a deletion is undone) at a position. */
    public void insertTheme(Theme theme, int position) {
        List<Theme> themes = new ArrayList<>(plan().themes());
        int at = Math.max(0, Math.min(position, themes.size()));
        themes.add(at, theme);
        service.restoreTheme(plan().id(), theme, at);
        if (at < themes.size() - 1) {
            service.orderThemes(themes.stream().map(Theme::id).toList());
        }
        set(plan().withThemes(themes), new StructureChanged());
    }

    public void deleteTheme(UUID themeId) {
        service.deleteTheme(themeId);
        set(plan().withThemes(plan().themes().stream().filter(t -> !t.id().equals(themeId)).toList()), new StructureChanged());
    }

    public void orderThemes(List<UUID> themeIds) {
        service.orderThemes(themeIds);
        List<Theme> themes = themeIds.stream().map(id -> plan().theme(id).orElseThrow()).toList();
        set(plan().withThemes(themes), new StructureChanged());
    }

    /** Saves the plan's own details; the themes in the argument are ignored. */
    public void saveDetails(Plan details) {
        Plan updated = details.withThemes(plan().themes());
        service.savePlanDetails(updated);
        set(updated, new StructureChanged());
    }

    /** Appends an update; returns the action as it now is. */
    public Action addUpdate(Action action, Update update) {
        Action updated = service.addUpdate(action, update);
        set(plan().withAction(updated), new ActionChanged(updated));
        return updated;
    }

    /** Takes back an update just added, restoring the action as it was before it. */
    public void removeUpdate(Action before, UUID updateId) {
        service.removeUpdate(before, updateId);
        set(plan().withAction(before), new ActionChanged(before));
    }

    private Plan withTheme(Theme theme) {
        return replaceTheme(plan(), theme);
    }

    private static Plan replaceTheme(Plan p, Theme theme) {
        return p.withThemes(p.themes().stream().map(t -> t.id().equals(theme.id()) ? theme : t).toList());
    }

    private void set(Plan next, Change change) {
        plan.set(next);
        for (Consumer<Change> l : listeners) {
            l.accept(change);
        }
    }
}
