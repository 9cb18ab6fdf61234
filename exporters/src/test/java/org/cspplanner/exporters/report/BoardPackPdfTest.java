package org.cspplanner.exporters.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BoardPackPdfTest {

    private static byte[] pack;
    private static List<String> pages;

    @BeforeAll
    static void writeTheSamplePlansBoardPack() throws Exception {
        pack = Reports.write(SamplePlan.create(), ReportKind.BOARD_PACK, "pdf");
        pages = pages(pack);
        Path dir = Path.of("target", "report-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("board-pack.pdf"), pack);
    }

    static List<String> pages(byte[] pdf) throws Exception {
        List<String> text = new ArrayList<>();
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.add(extractor.getTextFromPage(p).replaceAll("\\s+", " "));
            }
        } finally {
            reader.close();
        }
        return text;
    }

    @Test
    void boardPackIsPdfA1bByVeraPdf() throws Exception {
        List<String> failures = PdfA.failuresOf(pack);
        assertTrue(failures.isEmpty(), "veraPDF failed rules:\n" + String.join("\n", failures));
    }

    @Test
    void draftBoardPackIsPdfA1bToo() throws Exception {
        Plan draft = SamplePlan.create().toBuilder().status(PlanStatus.DRAFT).build();
        byte[] pdf = Reports.write(draft, ReportKind.BOARD_PACK, "pdf");
        List<String> failures = PdfA.failuresOf(pdf);
        assertTrue(failures.isEmpty(), "veraPDF failed rules:\n" + String.join("\n", failures));
        List<String> text = pages(pdf);
        assertTrue(text.get(0).contains("DRAFT"), "the cover says DRAFT");
        assertTrue(text.get(3).startsWith("DRAFT") || text.get(3).contains("DRAFT Wyvern Vale"),
                "every page's header says DRAFT: " + text.get(3));
    }

    @Test
    void coverNamesPartnershipPlanPeriodAndDate() {
        String cover = pages.get(0);
        assertTrue(cover.contains("Wyvern Vale Community Safety Partnership"), cover);
        assertTrue(cover.contains("Wyvern Vale Community Safety Plan 2026/27"), cover);
        assertTrue(cover.contains("Q2 2026/27"), cover);
        assertTrue(cover.contains("Prepared 15/10/2026"), cover);
        assertTrue(!cover.contains("DRAFT"), "an adopted plan is not marked draft");
    }

    @Test
    void contentsGivesThePageEachChapterStartsOn() {
        String contents = pages.get(1);
        // The page numbers are templates filled in at the end, so text extraction reads them first, in order.
        Matcher m = Pattern.compile("^((?:\\d+ )+)").matcher(contents);
        assertTrue(m.find(), contents);
        String[] numbers = m.group(1).trim().split(" ");
        ReportSection[] sections = ReportSection.values();
        assertEquals(sections.length, numbers.length, contents);
        Map<String, Integer> listed = new HashMap<>();
        for (int i = 0; i < sections.length; i++) {
            assertTrue(contents.contains(sections[i].title()), sections[i].title() + " is in the contents");
            listed.put(sections[i].title(), Integer.parseInt(numbers[i]));
        }
        for (Map.Entry<String, Integer> e : listed.entrySet()) {
            String page = pages.get(e.getValue() - 1);
            assertTrue(page.contains(e.getKey()), e.getKey() + " is on page " + e.getValue() + ": " + page);
        }
        assertTrue(listed.get("Full action plan") < listed.get("Targets"));
    }

    @Test
    void everyPageAfterTheCoverSaysPageXOfY() {
        int total = pages.size();
        for (int p = 2; p <= total; p++) {
            // The total is a template drawn at the end, so text extraction reads it after the rest of the page.
            String page = pages.get(p - 1);
            assertTrue(page.contains("Page " + p + " of "), "page " + p + ": " + page);
            assertTrue(page.endsWith(String.valueOf(total)), "page " + p + " ends with the total: " + page);
        }
    }

    @Test
    void bookmarksNameEveryChapterAndNestTheThemesUnderThePlan() throws Exception {
        PdfReader reader = new PdfReader(pack);
        List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(reader);
        reader.close();
        List<String> titles = outline.stream().map(m -> (String) m.get("Title")).toList();
        assertEquals("Contents", titles.get(0));
        for (ReportSection s : ReportSection.values()) {
            assertTrue(titles.contains(s.title()), s.title() + " in " + titles);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> themes = (List<Map<String, Object>>) outline.get(titles.indexOf("Full action plan")).get("Kids");
        assertEquals(4, themes.size());
        assertTrue(((String) themes.get(0).get("Title")).startsWith("1 Anti-social behaviour"));
    }

    @Test
    void summaryPrintsEachThemesCountsWithTheirChange() {
        // PDF text extraction may or may not put a space between table cells, so compare without white space.
        String all = String.join("", pages).replaceAll("\\s+", "");
        // Theme 3 in Q2: Red 1 (+1), Amber 2 (+1), Green 1 (-2), Complete 0 (0), Not rated 1 (0), 5 actions.
        assertTrue(all.contains("3Youngpeopleandexploitation1(+1)2(+1)1(\u22122)0(0)1(0)5"), all);
        assertTrue(all.contains("Allthemes3(+1)5(\u22121)7(\u22122)2(+1)3(+1)20"), all);
    }

    @Test
    void exceptionsListEveryRedAndAmberActionWithLeadAndChange() {
        String all = String.join("\n", pages);
        int at = all.indexOf("Red and Amber actions in Q2 2026/27");
        assertTrue(at > 0);
        String exceptions = all.substring(at, all.indexOf("Actions with no update this quarter", at));
        int last = -1;
        for (String code : List.of("1.3 Deploy", "1.4 Tackle", "3.4 Keep", "1.1 Run", "2.4 Help", "3.2 Identify",
                "3.3 Deliver", "4.3 Get")) {
            int found = exceptions.indexOf(code);
            assertTrue(found > last, code + " after the previous exception in: " + exceptions);
            last = found;
        }
        assertTrue(exceptions.contains("Green \u2192 Red (worse)"), exceptions);
        assertTrue(exceptions.contains("PC Lewis Grant, Police, 24/09/2026"), exceptions);
    }

    @Test
    void targetsShowComputedRagAndDirectionOfTravel() {
        String all = String.join("\n", pages);
        String targets = all.substring(all.indexOf("Targets at Q2 2026/27"));
        assertTrue(targets.contains("88% (Q2 2026/27) Amber Better \u2191"), targets);
        assertTrue(targets.contains("7 young people per quarter (Q2 2026/27) Red Worse \u2193"), targets);
        assertTrue(targets.contains("Same \u2192"), targets);
    }

    @Test
    void fundingAndGlossaryComeLast() {
        String all = String.join("\n", pages);
        assertTrue(all.contains("£32,000.00"), "amounts in pounds");
        assertTrue(all.contains("Total £84,640.00"), all.substring(all.indexOf("Funding allocated")));
        assertTrue(all.indexOf("MARAC Multi-Agency Risk Assessment Conference") > all.indexOf("Funding allocated"));
    }
}
