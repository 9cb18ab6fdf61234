package org.cspplanner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final String PLAN = "Wyvern Vale Community Safety Plan 2026/27";

    @TempDir
    Path dir;

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

    @BeforeEach
    void importTheSamplePlan() throws Exception {
        Path file = dir.resolve("sample.json");
        Files.write(file, new PlanJson().toBytes(SamplePlan.create()));
        assertEquals(0, run("import", file.toString()).exit());
    }

    @Test
    void boardPackPdfIsWrittenForTheChosenQuarter() throws Exception {
        Path out = dir.resolve("pack.pdf");
        Run r = run("report", PLAN, "--kind", "boardpack", "--period", "Q2 2026/27", "--format", "pdf",
                "--date", "15/10/2026", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Board pack for Q2 2026/27"), r.out());
        PdfReader reader = new PdfReader(Files.readAllBytes(out));
        String cover = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(reader.getNumberOfPages() > 5);
        reader.close();
        assertTrue(cover.contains("Board pack") && cover.contains("Prepared 15/10/2026"), cover);
    }

    @Test
    void ragReportInWordAndHtmlDefaultsToTheLatestReportedQuarter() throws Exception {
        Path docx = dir.resolve("rag.docx");
        assertEquals(0, run("report", PLAN, "--kind", "rag", "--format", "docx", "-o", docx.toString()).exit());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertTrue(doc.getParagraphs().get(1).getText().contains("Q2 2026/27"));
        }
        Path html = dir.resolve("rag.html");
        Run r = run("report", PLAN, "--kind", "rag", "--format", "html", "-o", html.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(html).contains("<html lang=\"en-GB\">"));
    }

    @Test
    void unknownKindFormatPeriodOrLayoutIsOneLineAndWritesNothing() {
        Path out = dir.resolve("x.pdf");
        Run kind = run("report", PLAN, "--kind", "annual", "--format", "pdf", "-o", out.toString());
        assertEquals("Error: Unknown report kind 'annual': use rag or boardpack.", kind.err().strip());
        Run format = run("report", PLAN, "--kind", "rag", "--format", "odt", "-o", out.toString());
        assertEquals("Error: Unknown format 'odt': use pdf, docx or html.", format.err().strip());
        Run period = run("report", PLAN, "--kind", "rag", "--period", "Q1 2030/31", "--format", "pdf", "-o", out.toString());
        assertEquals("Error: Q1 2030/31 is outside the plan's period (2026/27): use Q1 2026/27 to Q4 2026/27.",
                period.err().strip());
        Run layout = run("report", PLAN, "--kind", "boardpack", "--layout", "fancy", "--format", "pdf", "-o", out.toString());
        assertTrue(layout.err().startsWith("Error: Unknown layout 'fancy'"), layout.err());
        Run plan = run("report", "No such plan", "--kind", "rag", "--format", "pdf", "-o", out.toString());
        assertEquals(1, plan.err().strip().lines().count(), plan.err());
        assertFalse(Files.exists(out));
    }
}
