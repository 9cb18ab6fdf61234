package org.cspplanner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cspplanner.model.Plan;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    /** What one run of the command line printed, and how it ended. */
    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = dir.resolve("ws").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = CommandLineMain.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path sampleFile() throws Exception {
        Path file = dir.resolve("sample.json");
        Files.write(file, new PlanJson().toBytes(SamplePlan.create()));
        return file;
    }

    @Test
    void plansOnAnEmptyWorkspaceSaysHowToStart() {
        Run r = run("plans");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("no plans yet"), r.out());
    }

    @Test
    void importedPlanIsListedWithItsCounts() throws Exception {
        Plan sample = SamplePlan.create();
        Run imported = run("import", sampleFile().toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("Plan id: " + sample.id()), imported.out());
        Run listed = run("plans");
        String line = listed.out().lines().filter(l -> l.startsWith(sample.id().toString())).findFirst().orElseThrow();
        assertTrue(line.contains(sample.title()), line);
        assertTrue(line.contains("2026/27"), line);
        assertTrue(line.matches(".*\\s" + sample.themes().size() + "\\s+" + sample.actionCount() + "$"), line);
    }

    @Test
    void exportAfterImportGivesTheSameDocument() throws Exception {
        Path in = sampleFile();
        run("import", in.toString());
        Path out = dir.resolve("out.json");
        Run exported = run("export", SamplePlan.create().title(), "--format", "json", "-o", out.toString());
        assertEquals(0, exported.exit(), exported.err());
        assertEquals(Files.readString(in), Files.readString(out));
    }

    @Test
    void importingThePlanAgainMakesACopyWithNewIds() throws Exception {
        Path in = sampleFile();
        run("import", in.toString());
        Run again = run("import", in.toString(), "--title", "Copy of the sample");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("imported as a copy"), again.out());
        assertEquals(3, run("plans").out().lines().count());
    }

    @Test
    void deleteRemovesThePlan() throws Exception {
        run("import", sampleFile().toString());
        Run deleted = run("delete", SamplePlan.create().id().toString());
        assertEquals(0, deleted.exit(), deleted.err());
        assertTrue(run("plans").out().contains("no plans yet"));
    }

    @Test
    void anUnknownPlanIsOneLineOnStderrAndANonZeroExit() {
        Run r = run("delete", "No such plan");
        assertEquals(CommandLineMain.USER_ERROR, r.exit());
        assertEquals("Error: No plan has the id or title 'No such plan'. Run 'plans' to list them.", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void aBrokenJsonFileChangesNothing() throws Exception {
        run("import", sampleFile().toString());
        String before = run("plans").out();
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\":\"csp-plan\",\"version\":1,\"plan\":{\"title\":\"x\"},\"themes\":[{\"title\":\"t\",\"actions\":[{}]}]}");
        Run r = run("import", broken.toString());
        assertEquals(CommandLineMain.USER_ERROR, r.exit());
        assertEquals("Error: themes[0].actions[0].title: is required", r.err().strip());
        assertEquals(before, run("plans").out());
    }

    @Test
    void aMissingFileIsNamed() {
        Run r = run("import", dir.resolve("nowhere.json").toString());
        assertEquals(CommandLineMain.USER_ERROR, r.exit());
        assertTrue(r.err().startsWith("Error: No such file: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aMissingOptionIsAUsageErrorWithAHint() {
        Run r = run("export", "x", "-o", dir.resolve("x.json").toString());
        assertEquals(CommandLineMain.USAGE_ERROR, r.exit());
        assertTrue(r.err().contains("Missing required option: '--format=FORMAT'"), r.err());
        assertTrue(r.err().contains("csp-planner help export"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void exportWritesEveryDocumentFormatInTheChosenLayoutAndPeriod() throws Exception {
        assertEquals(0, run("import", sampleFile().toString()).exit());
        String title = SamplePlan.create().title();
        for (String format : new String[] {"docx", "pdf", "xlsx", "csv"}) {
            Path out = dir.resolve("plan." + format);
            Run r = run("export", title, "--format", format, "--layout", "delivery-plan", "--period", "Q1 2026/27",
                    "-o", out.toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("delivery-plan, Q1 2026/27"), r.out());
            assertTrue(Files.size(out) > 0);
        }
        String csv = Files.readString(dir.resolve("plan.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Action Plan No"), csv);
    }

    @Test
    void exportRefusesAnUnknownLayoutFormatOrPeriodInOneLine() throws Exception {
        assertEquals(0, run("import", sampleFile().toString()).exit());
        String title = SamplePlan.create().title();
        String out = dir.resolve("x.pdf").toString();
        Run layout = run("export", title, "--format", "pdf", "--layout", "board-pack", "-o", out);
        assertEquals(CommandLineMain.USER_ERROR, layout.exit());
        assertEquals("Error: Unknown layout 'board-pack': expected one of prevention-plan, area-of-focus, rolling-plan, "
                + "delivery-plan, action-plan-matrix, custom", layout.err().strip());
        Run format = run("export", title, "--format", "odt", "--layout", "custom", "-o", out);
        assertEquals("Error: Unknown format 'odt': expected one of docx, pdf, xlsx, csv, html, json", format.err().strip());
        Run period = run("export", title, "--format", "pdf", "--layout", "custom", "--period", "spring", "-o", out);
        assertEquals("Error: Not a reporting period: 'spring' (expected e.g. Q4 2014/15)", period.err().strip());
        Run noLayout = run("export", title, "--format", "docx", "-o", out);
        assertTrue(noLayout.err().startsWith("Error: Choose a layout with --layout"), noLayout.err());
        assertFalse(Files.exists(Path.of(out)), "no file is left behind");
    }

    @Test
    void anExportedWorkbookImportsBackAsTheSamePlan() throws Exception {
        run("import", sampleFile().toString());
        Path xlsx = dir.resolve("plan.xlsx");
        Plan sample = SamplePlan.create();
        assertEquals(0, run("export", sample.id().toString(), "--format", "xlsx", "--layout", "delivery-plan",
                "-o", xlsx.toString()).exit());
        Run imported = run("import", xlsx.toString(), "--title", "Round trip");
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("imported as a copy with new ids"), imported.out());
        String id = imported.out().lines().filter(l -> l.startsWith("Plan id: ")).findFirst().orElseThrow().substring(9);
        Path back = dir.resolve("back.json");
        assertEquals(0, run("export", id, "--format", "json", "-o", back.toString()).exit());
        Plan roundTripped = new PlanJson().read(Files.newInputStream(back));
        assertEquals("Round trip", roundTripped.title());
        assertEquals(sample.actions().map(a -> a.code() + " " + a.title() + " " + a.rag()).toList(),
                roundTripped.actions().map(a -> a.code() + " " + a.title() + " " + a.rag()).toList());
        assertEquals(sample.actions().mapToInt(a -> a.updates().size()).sum(),
                roundTripped.actions().mapToInt(a -> a.updates().size()).sum());
    }

    @Test
    void workspaceAloneMeansTheDesktopApp() {
        assertFalse(CommandLineMain.isCommand(new String[] {}));
        assertFalse(CommandLineMain.isCommand(new String[] {"--workspace", "/tmp/x"}));
        assertFalse(CommandLineMain.isCommand(new String[] {"--workspace=/tmp/x"}));
        assertTrue(CommandLineMain.isCommand(new String[] {"--workspace", "/tmp/x", "plans"}));
        assertTrue(CommandLineMain.isCommand(new String[] {"--help"}));
    }
}
