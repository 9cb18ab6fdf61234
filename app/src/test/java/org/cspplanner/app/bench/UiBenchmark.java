package org.cspplanner.app.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cspplanner.app.ui.CspPlannerApp;
import org.cspplanner.app.ui.actions.ActionListViewModel;
import org.cspplanner.app.ui.actions.RagChoice;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures (a) launch to first window of the real app in a child process under Monocle, median of 5,
 * and (b) filtering a 10,000-action plan in the view model by text and by RAG, median after warm-up.
 * Run: mvn -B -ntp -pl app -am verify -Dtest=UiBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false
 */
class UiBenchmark {

    @Test
    @EnabledIfSystemProperty(named = "benchmark", matches = "true")
    void printTheFigures() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("BENCH launch to first window (median of 5): %d ms%n", launchMedian());
        double[] filter = filterMedians();
        System.out.printf("BENCH filter 10,000 actions by text: %.2f ms (median of 30)%n", filter[0]);
        System.out.printf("BENCH filter 10,000 actions by RAG: %.2f ms (median of 30)%n", filter[1]);
        System.out.printf("BENCH build rows for 10,000 actions (period change): %.2f ms (median of 10)%n", filter[2]);
    }

    static long launchMedian() throws Exception {
        Path workspace = Files.createTempDirectory("csp-bench-ws");
        launchOnce(workspace); // creates the workspace and the sample plan; not counted
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            times[i] = launchOnce(workspace);
        }
        Arrays.sort(times);
        System.out.println("BENCH launch runs (ms): " + Arrays.toString(times));
        return times[2];
    }

    private static long launchOnce(Path workspace) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-D" + CspPlannerApp.TIMING_PROPERTY + "=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "org.cspplanner.app.Launcher", "--workspace", workspace.toString()));
        long start = System.currentTimeMillis();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int at = line.indexOf(CspPlannerApp.TIMING_PREFIX);
                if (at >= 0) {
                    long shown = Long.parseLong(line.substring(at + CspPlannerApp.TIMING_PREFIX.length()).trim());
                    return shown - start;
                }
            }
            throw new IllegalStateException("The app ended without showing a window (exit " + p.waitFor() + ")");
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** Text, RAG and rebuild medians in milliseconds. */
    static double[] filterMedians() {
        LocalDate today = LocalDate.of(2026, 11, 10);
        Plan plan = bigPlan(10_000);
        ActionListViewModel list = new ActionListViewModel(today);
        ReportingPeriod q3 = ReportingPeriod.containing(today);
        double[] rebuild = new double[10];
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            list.show(plan, q3);
            if (i >= 5) {
                rebuild[i - 5] = (System.nanoTime() - t) / 1e6;
            }
        }
        String[] words = {"patrol", "victims", "zzz", "youth work", "ecins", "night"};
        double[] text = new double[30];
        double[] rag = new double[30];
        for (int round = 0; round < 50; round++) {
            long t = System.nanoTime();
            list.searchTextProperty().set(words[round % words.length]);
            int n = list.matchCount();
            double textMs = (System.nanoTime() - t) / 1e6;
            list.searchTextProperty().set("");
            t = System.nanoTime();
            list.ragProperty().set(round % 2 == 0 ? RagChoice.RED : RagChoice.AMBER);
            n += list.matchCount();
            double ragMs = (System.nanoTime() - t) / 1e6;
            list.ragProperty().set(RagChoice.ANY);
            if (round >= 20) {
                text[round - 20] = textMs;
                rag[round - 20] = ragMs;
            }
            if (n < 0) {
                throw new AssertionError();
            }
        }
        Arrays.sort(text);
        Arrays.sort(rag);
        Arrays.sort(rebuild);
        return new double[] {text[15], rag[15], rebuild[5]};
    }

    static Plan bigPlan(int actions) {
        String[] verbs = {"Run", "Fund", "Deliver", "Map", "Review", "Train", "Publish", "Hold"};
        String[] topics = {"targeted patrols at hotspots", "support for high-risk victims", "detached youth work",
                "ECINS case reviews", "night-time economy marshals", "school sessions on knife crime",
                "sanctuary scheme referrals", "off-road bike operations"};
        String[] orgs = {"Police", "WVDC", "WCC", "Vale Homes", "WVFRS", "ICB", "Probation"};
        Rag[] rags = {Rag.RED, Rag.AMBER, Rag.GREEN, Rag.GREEN, null};
        List<Theme> themes = new ArrayList<>();
        int perTheme = actions / 20;
        int n = 0;
        for (int t = 1; t <= 20; t++) {
            List<Action> list = new ArrayList<>();
            for (int i = 1; i <= perTheme; i++, n++) {
                ReportingPeriod q2 = ReportingPeriod.of(2026, 2);
                list.add(Action.builder(verbs[n % verbs.length] + " " + topics[n % topics.length] + " in area " + n)
                        .code(t + "." + i)
                        .description("Partners will " + topics[(n + 3) % topics.length] + " and report monthly to the board.")
                        .leads(List.of(Lead.organisation(orgs[n % orgs.length])))
                        .due(DueDate.of(LocalDate.of(2027, 3, 31).minusDays(n % 300)))
                        .status(n % 9 == 0 ? ActionStatus.COMPLETE : ActionStatus.IN_PROGRESS)
                        .rag(rags[n % rags.length])
                        .updates(List.of(Update.of(q2, q2.end(), "Officer " + n, "Work on " + topics[(n + 5) % topics.length]
                                + " continued; " + (n % 7) + " sessions held.", rags[(n + 1) % rags.length])))
                        .build());
            }
            themes.add(Theme.of(String.valueOf(t), "Theme " + t, list));
        }
        return Plan.builder("Benchmark plan").themes(themes).build();
    }
}
