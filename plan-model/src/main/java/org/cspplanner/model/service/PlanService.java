package org.cspplanner.model.service;

import java.util.List;
import java.util.UUID;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;
import org.cspplanner.model.store.ActionStore;
import org.cspplanner.model.store.PlanStore;
import org.cspplanner.model.store.PlanSummary;
import org.cspplanner.model.store.Workspace;

/**
 * The use cases on plans. Each method is one transaction: when it returns, the change is on disk;
 * when it throws, nothing of it was written.
 */
public final class PlanService {

    private final Workspace workspace;
    private final PlanStore store;

    public PlanService(Workspace workspace) {
        this.workspace = workspace;
        this.store = new PlanStore();
    }

    public Workspace workspace() {
        return workspace;
    }

    public List<PlanSummary> listPlans() {
        return workspace.read(store::list);
    }

    /** Loads a whole plan; a plan that has gone gets a clear message. */
    public Plan loadPlan(UUID planId) {
        return workspace.read(c -> store.load(c, planId))
                .orElseThrow(() -> new PlanNotFoundException("There is no plan with id " + planId + " in this workspace."));
    }

    /**
     * Finds a plan by id or exact title, as the command line names plans.
     * A title shared by several plans is refused: the user must give the id.
     */
    public PlanSummary findPlan(String idOrTitle) {
        String wanted = idOrTitle == null ? "" : idOrTitle.strip();
        List<PlanSummary> plans = listPlans();
        for (PlanSummary p : plans) {
            if (p.id().toString().equalsIgnoreCase(wanted)) {
                return p;
            }
        }
        List<PlanSummary> byTitle = plans.stream().filter(p -> p.title().equals(wanted)).toList();
        if (byTitle.size() == 1) {
            return byTitle.get(0);
        }
        if (byTitle.size() > 1) {
            throw new PlanNotFoundException(byTitle.size() + " plans are called '" + wanted + "': give the plan's id instead ("
                    + String.join(", ", byTitle.stream().map(p -> p.id().toString()).toList()) + ").");
        }
        throw new PlanNotFoundException("No plan has the id or title '" + wanted + "'. Run 'plans' to list them.");
    }

    /** Adds a whole plan (new, imported or restored), in one transaction. */
    public void addPlan(Plan plan) {
        workspace.inTransaction(c -> {
            if (store.exists(c, plan.id())) {
                throw new DuplicatePlanException("The workspace already holds a plan with id " + plan.id()
                        + " ('" + plan.title() + "'). Delete it first, or import a copy with new ids.");
            }
            store.insert(c, plan);
            return null;
        });
    }

    /**
     * Adds a plan, or a copy of it with new ids when the workspace already holds a plan with its id
     * (re-importing a file exported from this workspace). Returns the plan that was added.
     */
    public Plan addPlanOrCopy(Plan plan) {
        return workspace.inTransaction(c -> {
            Plan toAdd = store.exists(c, plan.id()) ? PlanCopier.withNewIds(plan) : plan;
            store.insert(c, toAdd);
            return toAdd;
        });
    }

    public void deletePlan(UUID planId) {
        workspace.inTransaction(c -> {
            store.delete(c, planId);
            return null;
        });
    }

    /** Saves the plan's own fields and lists: title, period, partners, RAG key, narrative, glossary, funding. */
    public void savePlanDetails(Plan plan) {
        workspace.inTransaction(c -> {
            store.saveHeader(c, plan);
            return null;
        });
    }

    public void saveTheme(UUID planId, Theme theme, int position) {
        workspace.inTransaction(c -> {
            store.saveTheme(c, planId, theme, position);
            return null;
        });
    }

    /** Deletes a theme and the actions in it. */
    public void deleteTheme(UUID themeId) {
        workspace.inTransaction(c -> {
            store.deleteTheme(c, themeId);
            return null;
        });
    }

    /** Restores a deleted theme with its actions (undo). */
    public void restoreTheme(UUID planId, Theme theme, int position) {
        workspace.inTransaction(c -> {
            store.saveTheme(c, planId, theme, position);
            int i = 0;
            for (Action a : theme.actions()) {
                store.actions().save(c, theme.id(), i++, a);
            }
            return null;
        });
    }

    public void orderThemes(List<UUID> themeIds) {
        workspace.inTransaction(c -> {
            store.orderThemes(c, themeIds);
            return null;
        });
    }

    /** Inserts or replaces an action, with its milestones and targets; new updates in it are appended. */
    public void saveAction(UUID themeId, int position, Action action) {
        workspace.inTransaction(c -> {
            store.actions().save(c, themeId, position, action);
            return null;
        });
    }

    /** Saves several actions together, for bulk edits (renumbering, carry-over statuses). */
    public void saveActions(List<PlacedAction> actions) {
        workspace.inTransaction(c -> {
            store.actions().saveAll(c, actions.stream()
                    .map(p -> new ActionStore.Placed(p.themeId(), p.position(), p.action())).toList());
            return null;
        });
    }

    /**
     * Saves actions changed by merging partners' returns (new updates, actuals, milestone statuses) where they
     * already are, all in one transaction: if any action has gone from the workspace, none is saved.
     */
    public void applyReturns(List<Action> updatedActions) {
        workspace.inTransaction(c -> {
            for (Action a : updatedActions) {
                if (!store.actions().replace(c, a)) {
                    throw new PlanNotFoundException("The action " + a.code() + " is no longer in the workspace: "
                            + "no return was merged.");
                }
            }
            return null;
        });
    }

    public void deleteAction(UUID actionId) {
        workspace.inTransaction(c -> {
            store.actions().delete(c, actionId);
            return null;
        });
    }

    /** Puts a theme's actions in this order, moving any that came from another theme. */
    public void orderActions(UUID themeId, List<UUID> actionIds) {
        workspace.inTransaction(c -> {
            store.actions().order(c, themeId, actionIds);
            return null;
        });
    }

    /** Appends an update and, when it is the action's newest with a RAG, makes that the action's RAG. */
    public Action addUpdate(Action action, Update update) {
        Action updated = action.withUpdateAdded(update);
        workspace.inTransaction(c -> {
            store.actions().addUpdate(c, action.id(), update);
            if (updated.rag() != action.rag() && !store.actions().replace(c, updated)) {
                throw new PlanNotFoundException("The action " + action.code() + " is no longer in the workspace.");
            }
            return null;
        });
        return updated;
    }

    /** Takes back an update that was just added (undo), restoring the action as it was. */
    public void removeUpdate(Action before, UUID updateId) {
        workspace.inTransaction(c -> {
            store.actions().removeUpdate(c, updateId);
            store.actions().replace(c, before);
            return null;
        });
    }

    /** An action with the theme and position it is to be saved at. */
    public record PlacedAction(UUID themeId, int position, Action action) {
    }
}
