package org.cspplanner.model.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.ThemeNarrative;
import org.cspplanner.model.Update;
import org.cspplanner.model.service.PlanService;

/**
 * The child of the kill test: makes a stream of edits and prints "ACK ... END" (to stdout and to a file) after each
 * one has been committed.
 * Each edit writes an action with 3 milestones, a target and 2 updates in one transaction ("NEW"), or rewrites an
 * earlier action and its milestones with a new generation number ("REV"), so a half-applied one shows.
 */
public final class EditStreamChild {
    static final UUID PLAN_ID = UUID.fromString("6b1e4a52-0000-4000-8000-00000000a001");
    static final UUID THEME_ID = UUID.fromString("6b1e4a52-0000-4000-8000-00000000a002");
    static final int MILESTONES = 3;
    static final int UPDATES = 2;

    private EditStreamChild() {
    }

    public static void main(String[] args) throws java.io.IOException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        // Acknowledgements also go to a file, one unbuffered write each: a pipe's last lines can be lost with a killed child.
        java.io.FileOutputStream acks = new java.io.FileOutputStream(args[2], true);
        stopWhenOrphaned();
        Random random = new Random(Long.parseLong(args[1]));
        Workspace workspace = Workspace.open(Path.of(args[0]));
        PlanService plans = new PlanService(workspace);
        if (plans.listPlans().isEmpty()) {
            plans.addPlan(Plan.builder("Kill test plan").id(PLAN_ID).partnership("Test CSP")
                    .period(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))
                    .themes(List.of(new Theme(THEME_ID, "1", "Theme", "", ThemeNarrative.EMPTY, List.of()))).build());
        }
        List<Action> actions = new ArrayList<>(plans.loadPlan(PLAN_ID).themes().get(0).actions());
        out.println("READY " + actions.size() + " END");
        out.flush();
        for (;;) {
            if (actions.size() > 3 && random.nextInt(4) == 0) {
                int j = random.nextInt(actions.size());
                Action revised = action(j, generation(actions.get(j)) + 1, actions.get(j));
                plans.saveAction(THEME_ID, j, revised);
                actions.set(j, revised);
                acknowledge(out, acks, "ACK REV " + j + " " + generation(revised) + " END");
            } else {
                int i = actions.size();
                Action created = action(i, 0, null);
                plans.saveAction(THEME_ID, i, created);
                actions.add(created);
                acknowledge(out, acks, "ACK NEW " + i + " END");
            }
        }
    }

    private static void acknowledge(PrintStream out, java.io.FileOutputStream acks, String line) throws java.io.IOException {
        acks.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.println(line);
        out.flush();
    }

    /** Ends this JVM when the test JVM goes (its pipe to our stdin closes) or after five minutes, whichever comes first. */
    static void stopWhenOrphaned() {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // Nothing is sent; we only wait for the end of the stream.
                }
            } catch (java.io.IOException ignored) {
                // The pipe broke: the parent is gone.
            }
            Runtime.getRuntime().halt(3);
        }, "orphan-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Thread limit = new Thread(() -> {
            try {
                Thread.sleep(300_000);
            } catch (InterruptedException ignored) {
                return;
            }
            Runtime.getRuntime().halt(4);
        }, "lifetime-limit");
        limit.setDaemon(true);
        limit.start();
    }

    /** Action number i at a generation: its title and every milestone carry both, so a mixture is visible. */
    static Action action(int i, int generation, Action previous) {
        String tag = "K" + i + " gen " + generation;
        List<Milestone> milestones = new ArrayList<>();
        for (int m = 0; m < MILESTONES; m++) {
            UUID id = previous == null ? null : previous.milestones().get(m).id();
            milestones.add(new Milestone(id, i + "." + m, "Milestone " + m + " of " + tag, Lead.organisation("Police"),
                    "target " + m, null, ActionStatus.IN_PROGRESS, Rag.GREEN, "progress of " + tag));
        }
        List<Update> updates = previous != null ? previous.updates() : List.of(
                new Update(null, ReportingPeriod.of(2026, 1), LocalDate.of(2026, 6, 30), "A", "B", "first of K" + i, Rag.GREEN, ""),
                new Update(null, ReportingPeriod.of(2026, 2), LocalDate.of(2026, 9, 30), "A", "B", "second of K" + i, Rag.AMBER, ""));
        List<Target> targets = previous != null ? previous.targets() : List.of(new Target(null, "Target of K" + i, "cases",
                Polarity.HIGHER_IS_BETTER, null, "", java.math.BigDecimal.TEN, null, null, List.of()));
        Action.Builder b = previous == null ? Action.builder(tag) : previous.toBuilder().title(tag);
        return b.code("K" + i).milestones(milestones).updates(updates).targets(targets).build();
    }

    /** The generation written in an action's title ("K12 gen 3"). */
    static int generation(Action a) {
        return Integer.parseInt(a.title().substring(a.title().indexOf(" gen ") + 5));
    }
}
