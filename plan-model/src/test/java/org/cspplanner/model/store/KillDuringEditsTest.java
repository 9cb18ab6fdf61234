package org.cspplanner.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cspplanner.model.Action;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.service.PlanService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is saving edits (SIGKILL, at random moments, many times over the same workspace) and checks
 * after each kill that the workspace opens, every acknowledged edit is there and no edit is half applied.
 * -Dcsp.killTest.kills=N and -Dcsp.killTest.seconds=S make a longer run; -Dcsp.killTest.seed=X repeats one.
 */
class KillDuringEditsTest {

    private static final Pattern ACK = Pattern.compile("ACK (NEW|REV) (\\d+) ?(\\d*) END");

    @TempDir
    Path dir;

    private Path workspace;
    private Path acks;

    private final Set<Integer> ackedNew = new HashSet<>();
    private final Map<Integer, Integer> ackedGeneration = new HashMap<>();
    private int ackedEdits;
    private int committedUnacknowledged;
    private long slowestReopenMillis;

    @Test
    void everyAcknowledgedEditSurvivesAKillAndNoneIsHalfApplied() throws Exception {
        int kills = Integer.getInteger("csp.killTest.kills", 25);
        long budgetNanos = Long.getLong("csp.killTest.seconds", 150L) * 1_000_000_000L;
        long seed = Long.getLong("csp.killTest.seed", 20261123L);
        workspace = dir.resolve("ws");
        acks = Files.createFile(dir.resolve("acks.txt"));
        Random random = new Random(seed);
        long start = System.nanoTime();
        int done = 0;
        int beforeReady = 0;
        while (done < kills && System.nanoTime() - start < budgetNanos) {
            try (ChildJvm child = ChildJvm.start(EditStreamChild.class, workspace.toString(), Long.toString(random.nextLong()),
                    acks.toString())) {
                if (random.nextInt(5) == 0) {
                    // Now and then, kill while the JVM starts or the workspace opens, not only mid-edit.
                    Thread.sleep(random.nextInt(1500));
                    beforeReady += child.awaitLine("READY", 0) == null ? 1 : 0;
                } else {
                    assertNotNull(child.awaitLine("READY", 60_000), "the child did not open the workspace within 60 s");
                    Thread.sleep(random.nextInt(800));
                }
                child.kill();
                record(Files.readAllLines(acks));
            }
            try {
                checkWorkspace();
            } catch (AssertionError e) {
                if (System.getProperty("csp.killTest.keep") != null) {
                    copy(dir, Path.of(System.getProperty("csp.killTest.keep")));
                }
                List<String> lines = Files.readAllLines(acks);
                throw new AssertionError(e.getMessage() + " after kill " + (done + 1) + "; last acknowledgements: "
                        + lines.subList(Math.max(0, lines.size() - 4), lines.size()), e);
            }
            done++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Kill test (seed %d): %d kills (%d before the workspace was open) in %.1f s; %d acknowledged edits,"
                + " all present; %d committed but not yet acknowledged; 0 half applied; slowest reopen %d ms%n",
                seed, done, beforeReady, seconds, ackedEdits, committedUnacknowledged, slowestReopenMillis);
        assertTrue(done >= Math.min(kills, 8), "only " + done + " kills fitted in the time budget");
        assertTrue(ackedEdits > done, "too few edits were acknowledged to test anything: " + ackedEdits);
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Rebuilds what was acknowledged from the whole acknowledgement file (a line cut short by the kill does not count). */
    private void record(List<String> lines) {
        ackedEdits = 0;
        ackedNew.clear();
        ackedGeneration.clear();
        for (String line : lines) {
            Matcher m = ACK.matcher(line);
            if (!m.matches()) {
                continue;
            }
            ackedEdits++;
            int i = Integer.parseInt(m.group(2));
            if (m.group(1).equals("NEW")) {
                ackedNew.add(i);
            } else {
                ackedGeneration.merge(i, Integer.parseInt(m.group(3)), Math::max);
            }
        }
    }

    private void checkWorkspace() {
        long t0 = System.nanoTime();
        try (Workspace w = Workspace.open(workspace)) {
            slowestReopenMillis = Math.max(slowestReopenMillis, (System.nanoTime() - t0) / 1_000_000);
            PlanService plans = new PlanService(w);
            if (plans.listPlans().isEmpty()) {
                assertTrue(ackedNew.isEmpty(), "the plan has gone, with acknowledged edits in it");
                return;
            }
            List<Action> actions = plans.loadPlan(EditStreamChild.PLAN_ID).themes().get(0).actions();
            for (int i : ackedNew) {
                assertTrue(i < actions.size(), "acknowledged action K" + i + " is missing; " + actions.size() + " found");
            }
            int maxAcked = ackedNew.stream().mapToInt(Integer::intValue).max().orElse(-1);
            assertTrue(actions.size() <= maxAcked + 2, "more actions than could have been committed: " + actions.size());
            committedUnacknowledged += actions.size() - 1 - maxAcked;
            for (int i = 0; i < actions.size(); i++) {
                assertWhole(i, actions.get(i));
            }
        }
    }

    /** The action and all its children carry the same generation: its transaction was applied whole. */
    private void assertWhole(int i, Action a) {
        assertEquals("K" + i, a.code());
        int generation = EditStreamChild.generation(a);
        String tag = "K" + i + " gen " + generation;
        assertEquals(EditStreamChild.MILESTONES, a.milestones().size(), tag);
        for (Milestone m : a.milestones()) {
            assertTrue(m.text().endsWith(" of " + tag) && m.progress().equals("progress of " + tag), "half-applied: " + m);
        }
        assertEquals(EditStreamChild.UPDATES, a.updates().size(), tag);
        assertEquals(1, a.targets().size(), tag);
        int acked = ackedGeneration.getOrDefault(i, 0);
        assertTrue(generation >= acked, "acknowledged generation " + acked + " of K" + i + " lost: " + generation);
        assertTrue(generation <= acked + 1, "K" + i + " is at generation " + generation + ", beyond " + acked + " + 1");
    }
}
