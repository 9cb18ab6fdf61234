package org.cspplanner.exporters.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportHtmlTest {

    @TempDir
    Path dir;

    private static String html(ReportKind kind) throws Exception {
        return new String(Reports.write(SamplePlan.create(), kind, "html"), StandardCharsets.UTF_8);
    }

    /** The text of the page, tags removed and white space collapsed, as a screen reader would read it. */
    private static String text(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ")
                .replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replaceAll("\\s+", " ");
    }

    private static String row(String html, String rowHeader) {
        Matcher m = Pattern.compile("<tr><th scope=\"row\">" + Pattern.quote(rowHeader) + "</th>(.*?)</tr>").matcher(html);
        assertTrue(m.find(), "row " + rowHeader);
        return text(m.group(1)).strip();
    }

    @Test
    void ragReportPageDeclaresItsLanguageTitleAndLandmarks() throws Exception {
        String html = html(ReportKind.RAG);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
        assertTrue(html.contains("<title>RAG progress report: Wyvern Vale Community Safety Plan 2026/27, Q2 2026/27</title>"));
        assertTrue(html.contains("<header>") && html.contains("<main id=\"main\">") && html.contains("<nav aria-label=\"Contents\">"));
        assertEquals(1, html.split("<h1>", -1).length - 1, "one h1");
    }

    @Test
    void summaryTableGivesEachThemesCountsAndChangeWithHeaderCells() throws Exception {
        String html = html(ReportKind.RAG);
        assertTrue(html.contains("<th scope=\"col\">Red</th><th scope=\"col\">Amber</th><th scope=\"col\">Green</th>"));
        assertEquals("2 (+2) 1 (\u22121) 1 (\u22121) 1 (0) 0 (0) 5", row(html, "1 Anti-social behaviour and neighbourhood safety"));
        assertEquals("3 (+1) 5 (\u22121) 7 (\u22122) 2 (+1) 3 (+1) 20", row(html, "All themes"));
    }

    @Test
    void exceptionsAndTargetsCarryTheirRagAsWords() throws Exception {
        String html = html(ReportKind.RAG);
        assertEquals("WVDC Red Green \u2192 Red (worse) Orchard Way camera installed on 2 August. Millbrook Park "
                        + "installation has stopped because the landowner will not agree a power supply; looking at a "
                        + "solar-powered unit, which needs another £3,100. (Helen Marsh, WVDC, 21/09/2026)",
                row(html, "1.3 Deploy two redeployable CCTV cameras at hotspot locations"));
        assertTrue(html.contains("<td class=\"rag rag-amber\">Amber</td><td>Better \u2191</td>"));
        String text = text(html);
        assertTrue(text.contains("3.5 Map youth provision"), "no update this quarter");
        assertTrue(text.contains("1.4 Tackle nuisance off-road motorbikes in Hollinsford and Kestrel Heath Police, Vale Homes 30/09/2026 Red"),
                "overdue, with its due date and RAG");
    }

    @Test
    void userTextIsEscaped() throws Exception {
        Plan plan = SamplePlan.create().toBuilder().title("Plan <script>alert(1)</script> & more").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExporter.write(plan, ReportOptions.of(ReportKind.RAG, Reports.Q2, Reports.TODAY), "html", out,
                ProgressListener.NONE);
        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(!html.contains("<script>"));
        assertTrue(html.contains("Plan &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
    }

    @Test
    void reportBoardPackAndPlanPagesPassAxeWithNoViolations() throws Exception {
        Path rag = dir.resolve("rag.html");
        Path pack = dir.resolve("boardpack.html");
        Path plan = dir.resolve("plan.html");
        Files.write(rag, Reports.write(SamplePlan.create(), ReportKind.RAG, "html"));
        Files.write(pack, Reports.write(SamplePlan.create(), ReportKind.BOARD_PACK, "html"));
        try (var out = Files.newOutputStream(plan)) {
            new PlanHtmlExporter().export(SamplePlan.create(), ExportOptions.of("delivery-plan", Reports.Q2), out,
                    ProgressListener.NONE);
        }
        String output = Axe.assertNoViolations(rag, pack, plan);
        assertEquals(3, output.lines().filter(l -> l.contains("\"violations\":[]")).count(), output);
    }

    @Test
    void planPageHasTheNarrativeEveryActionAndTheGlossary() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanHtmlExporter().export(SamplePlan.create(), ExportOptions.of("delivery-plan", Reports.Q2), out,
                ProgressListener.NONE);
        String text = text(out.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("Introduction Wyvern Vale is a safe place to live"));
        SamplePlan.create().actions().forEach(a -> assertTrue(text.contains(a.code() + " " + a.title())
                || text.contains(a.title()), a.code()));
        assertTrue(text.contains("PSPO Public Spaces Protection Order"));
    }
}
