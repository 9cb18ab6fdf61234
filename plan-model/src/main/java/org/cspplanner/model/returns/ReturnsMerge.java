package org.cspplanner.model.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cspplanner.model.Action;
import org.cspplanner.model.Actual;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;
import org.cspplanner.model.Update;
import org.cspplanner.model.returns.ActionChange.ActualChange;
import org.cspplanner.model.returns.ActionChange.StatusChange;
import org.cspplanner.model.returns.ReturnIssue.Kind;
import org.cspplanner.model.returns.ReturnedAction.ReturnedActual;
import org.cspplanner.model.returns.ReturnedAction.ReturnedMilestone;

/**
 * Merges partners' returns into a plan in two steps: {@link #preview} says what would change and what is wrong,
 * writing nothing; {@link #apply} turns the changes the user accepted into updated actions, for the caller to
 * save in one transaction (see {@code PlanService.applyReturns}).
 */
public final class ReturnsMerge {

    private ReturnsMerge() {
    }

    /** Previews the returns for the newest quarter among this plan's files; returns for other quarters are rejected. */
    public static MergePreview preview(Plan plan, List<ReturnFile> files) {
        ReportingPeriod newest = files.stream()
                .filter(f -> f.isReadable() && f.planId().equals(plan.id()))
                .map(ReturnFile::period).max(Comparator.naturalOrder()).orElse(null);
        return preview(plan, newest, files);
    }

    /** Previews the returns for one quarter (null when no file is for this plan). */
    public static MergePreview preview(Plan plan, ReportingPeriod period, List<ReturnFile> files) {
        List<ReturnIssue> issues = new ArrayList<>();
        List<ReturnFile> merged = new ArrayList<>();
        List<ActionChange> changes = new ArrayList<>();
        for (ReturnFile file : files) {
            Optional<ReturnIssue> rejection = rejection(plan, period, file);
            if (rejection.isPresent()) {
                issues.add(rejection.get());
                continue;
            }
            merged.add(file);
            issues.addAll(file.issues());
            for (ReturnedAction returned : file.actions()) {
                changeFor(plan, period, file, returned, issues).ifPresent(changes::add);
            }
        }
        return new MergePreview(plan, period, markConflicts(changes, issues), issues, merged);
    }

    private static Optional<ReturnIssue> rejection(Plan plan, ReportingPeriod period, ReturnFile file) {
        if (!file.isReadable()) {
            return Optional.of(file.issues().stream().filter(ReturnIssue::rejectsFile).findFirst()
                    .orElse(new ReturnIssue(Kind.NOT_A_RETURN, file.fileName(), "", "Not a return made by CSP Planner.")));
        }
        if (!file.planId().equals(plan.id())) {
            return Optional.of(new ReturnIssue(Kind.WRONG_PLAN, file.fileName(), "", "This return is for another plan ('"
                    + file.planTitle() + "'), not '" + plan.title() + "': the file was ignored."));
        }
        if (!file.period().equals(period)) {
            String when = file.period().compareTo(period) < 0 ? "an earlier quarter" : "a different quarter";
            return Optional.of(new ReturnIssue(Kind.WRONG_PERIOD, file.fileName(), "", "This return is for " + when + " ("
                    + file.period().label() + "), not " + period.label() + ": the file was ignored."));
        }
        return Optional.empty();
    }

    private static Optional<ActionChange> changeFor(Plan plan, ReportingPeriod period, ReturnFile file,
                                                    ReturnedAction returned, List<ReturnIssue> issues) {
        List<ReturnIssue> notes = new ArrayList<>(file.issues().stream()
                .filter(i -> !i.code().isEmpty() && i.code().equals(returned.code())).toList());
        Optional<Action> found = returned.actionId() == null ? Optional.empty() : plan.action(returned.actionId());
        if (found.isEmpty()) {
            List<Action> byCode = plan.actions().filter(a -> !a.code().isEmpty() && a.code().equals(returned.code())).toList();
            if (byCode.size() != 1) {
                issues.add(new ReturnIssue(Kind.UNKNOWN_ACTION, file.fileName(), returned.code(),
                        "This action is not in the plan any more: its entries were ignored."));
                return Optional.empty();
            }
            found = Optional.of(byCode.get(0));
            ReturnIssue note = new ReturnIssue(Kind.MATCHED_BY_CODE, file.fileName(), returned.code(),
                    "Not found by its hidden id; matched to the plan's action " + returned.code() + " by its code.");
            issues.add(note);
            notes.add(note);
        }
        Action action = found.get();
        if (returned.isEmpty()) {
            issues.add(new ReturnIssue(Kind.EMPTY, file.fileName(), action.code(), "No update was given for this action."));
            return Optional.empty();
        }
        // The same text and RAG for the quarter already in the plan: this file was merged before, or the
        // partner sent back what the coordinator had already typed in. Either way it is not added twice.
        boolean alreadyMerged = (!returned.updateText().isEmpty() || returned.rag() != null)
                && action.updates().stream().anyMatch(u -> u.period().equals(period)
                        && u.text().equals(returned.updateText()) && u.rag() == returned.rag());
        ReturnedAction kept = returned;
        if (alreadyMerged) {
            issues.add(new ReturnIssue(Kind.ALREADY_MERGED, file.fileName(), action.code(),
                    "This update is already in the plan for " + period.label() + ": it was not added again."));
            kept = new ReturnedAction(returned.actionId(), returned.code(), "", null, returned.actuals(),
                    returned.milestones());
        }
        List<ActualChange> actuals = actualChanges(action, period, file, kept, issues);
        List<StatusChange> statuses = statusChanges(action, kept);
        if (kept.updateText().isEmpty() && kept.rag() == null && actuals.isEmpty() && statuses.isEmpty()) {
            if (alreadyMerged) {
                return Optional.empty();
            }
            issues.add(new ReturnIssue(Kind.EMPTY, file.fileName(), action.code(),
                    "Nothing new for this action: the values returned are those already in the plan."));
            return Optional.empty();
        }
        String author = !file.completedBy().isEmpty() ? file.completedBy() : file.recipient().officer();
        return Optional.of(new ActionChange(action.id(), action.code(), action.title(), file.fileName(), file.recipient(),
                author, action.latestUpdate(period).orElse(null), action.rag(), kept.updateText(), kept.rag(),
                actuals, statuses, false, notes));
    }

    private static List<ActualChange> actualChanges(Action action, ReportingPeriod period, ReturnFile file,
                                                    ReturnedAction returned, List<ReturnIssue> issues) {
        List<ActualChange> changes = new ArrayList<>();
        for (ReturnedActual entered : returned.actuals()) {
            Optional<Target> target = action.targets().stream()
                    .filter(t -> t.id().equals(entered.targetId())).findFirst()
                    .or(() -> action.targets().stream().filter(t -> t.description().equals(entered.description())).findFirst());
            if (target.isEmpty()) {
                issues.add(new ReturnIssue(Kind.UNKNOWN_ACTION, file.fileName(), action.code(), "The target '"
                        + entered.description() + "' is not in the plan any more: its actual was ignored."));
                continue;
            }
            var current = target.get().actualIn(period).map(Actual::value).orElse(null);
            if (current == null || current.compareTo(entered.value()) != 0) {
                changes.add(new ActualChange(target.get().id(), target.get().description(), current, entered.value()));
            }
        }
        return changes;
    }

    private static List<StatusChange> statusChanges(Action action, ReturnedAction returned) {
        List<StatusChange> changes = new ArrayList<>();
        for (ReturnedMilestone entered : returned.milestones()) {
            action.milestones().stream()
                    .filter(m -> m.id().equals(entered.milestoneId())).findFirst()
                    .or(() -> action.milestones().stream().filter(m -> !m.code().isEmpty() && m.code().equals(entered.code())).findFirst())
                    .filter(m -> m.status() != entered.status())
                    .ifPresent(m -> changes.add(new StatusChange(m.id(), m.code(), m.text(), m.status(), entered.status())));
        }
        return changes;
    }

    private static List<ActionChange> markConflicts(List<ActionChange> changes, List<ReturnIssue> issues) {
        Map<UUID, List<ActionChange>> byAction = new LinkedHashMap<>();
        changes.forEach(c -> byAction.computeIfAbsent(c.actionId(), k -> new ArrayList<>()).add(c));
        Set<UUID> conflicting = new HashSet<>();
        byAction.forEach((id, list) -> {
            if (list.size() > 1) {
                conflicting.add(id);
                List<String> from = list.stream().map(c -> c.fileName() + " (" + c.recipient().label() + ")").toList();
                for (ActionChange c : list) {
                    issues.add(new ReturnIssue(Kind.CONFLICT, c.fileName(), c.code(), list.size()
                            + " returns update this action (" + String.join(", ", from) + "): choose which to accept."));
                }
            }
        });
        return changes.stream().map(c -> conflicting.contains(c.actionId()) ? c.inConflict() : c).toList();
    }

    /**
     * The actions of the preview's plan with the accepted changes applied: a new update per change (quarter, the
     * given date, author, the recipient's organisation, text, RAG and the file name as its source), the
     * quarter's actuals and milestone statuses. Accepting two returns for the same action is refused.
     */
    public static List<Action> apply(MergePreview preview, Collection<ActionChange> accepted, LocalDate today) {
        Set<String> known = new HashSet<>(preview.changes().stream().map(ActionChange::key).toList());
        Map<UUID, ActionChange> byAction = new LinkedHashMap<>();
        for (ActionChange change : accepted) {
            if (!known.contains(change.key())) {
                throw new IllegalArgumentException("The change to " + change.code() + " from " + change.fileName()
                        + " is not part of this preview.");
            }
            ActionChange other = byAction.putIfAbsent(change.actionId(), change);
            if (other != null && !other.key().equals(change.key())) {
                throw new IllegalArgumentException("Accept only one return for " + change.code() + ": "
                        + other.fileName() + " and " + change.fileName() + " both update it.");
            }
        }
        List<Action> updated = new ArrayList<>();
        for (ActionChange change : byAction.values()) {
            Action action = preview.plan().action(change.actionId()).orElseThrow(() -> new IllegalArgumentException(
                    "The action " + change.code() + " is not in the plan any more."));
            updated.add(applyOne(action, change, preview.period(), today));
        }
        return updated;
    }

    private static Action applyOne(Action action, ActionChange change, ReportingPeriod period, LocalDate today) {
        List<Target> targets = action.targets().stream().map(t -> change.actuals().stream()
                .filter(a -> a.targetId().equals(t.id())).findFirst()
                .map(a -> withActual(t, period, a))
                .orElse(t)).toList();
        List<Milestone> milestones = action.milestones().stream().map(m -> change.milestones().stream()
                .filter(s -> s.milestoneId().equals(m.id())).findFirst()
                .map(s -> m.withStatus(s.proposed()))
                .orElse(m)).toList();
        Action next = action.toBuilder().targets(targets).milestones(milestones).build();
        if (!change.addsUpdate()) {
            return next;
        }
        return next.withUpdateAdded(new Update(null, period, today, change.author(), change.recipient().organisation(),
                change.proposedText(), change.proposedRag(), change.fileName()));
    }

    private static Target withActual(Target target, ReportingPeriod period, ActualChange change) {
        List<Actual> actuals = new ArrayList<>(target.actuals().stream()
                .filter(a -> !Objects.equals(a.period(), period)).toList());
        actuals.add(new Actual(period, change.proposed()));
        return target.withActuals(actuals);
    }
}
