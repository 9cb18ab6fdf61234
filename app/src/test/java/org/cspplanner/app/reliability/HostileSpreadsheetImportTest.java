package org.cspplanner.app.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile spreadsheets and Word files through `import`: a specific message within seconds, workspace unchanged. */
class HostileSpreadsheetImportTest {

    @TempDir
    Path dir;

    private Cli cli;
    private String before;

    @BeforeEach
    void workspaceHoldingTheSample() throws Exception {
        cli = new Cli(dir.resolve("ws"));
        Path file = Files.write(dir.resolve("sample.json"), new PlanJson().toBytes(SamplePlan.create()));
        assertEquals(0, cli.run("import", file.toString()).exit());
        before = cli.contentDigest();
    }

    private void assertRefused(String name, byte[] content, String expected) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        Cli.Run r = cli.run("import", file.toString());
        assertEquals(1, r.exit(), name + ": " + r.out() + r.err());
        assertTrue(r.err().startsWith("Error: ") && r.err().strip().lines().count() == 1, name + ": " + r.err());
        assertTrue(r.err().contains(expected), name + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), name + ": " + r.err());
        assertTrue(r.millis() < 20_000, name + " took " + r.millis() + " ms");
        assertEquals(before, cli.contentDigest(), name + " changed the workspace");
    }

    private static byte[] workbook(String... titles) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Actions");
            String[] header = {"Ref", "Action", "Lead", "Due date"};
            for (int c = 0; c < header.length; c++) {
                sheet.createRow(0).createCell(c).setCellValue(header[c]);
            }
            var head = sheet.getRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < titles.length; i++) {
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("1." + (i + 1));
                row.createCell(1).setCellValue(titles[i]);
                row.createCell(2).setCellValue("Police");
                row.createCell(3).setCellValue("31/03/2027");
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The same zip with one entry's text changed. */
    private static byte[] rewrite(byte[] zip, String entry, java.util.function.UnaryOperator<String> change) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        entries.put(entry, change.apply(new String(entries.get(entry), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aCorruptOrTruncatedWorkbookIsRefused() throws Exception {
        byte[] good = workbook("Run a weekly ASB surgery");
        assertRefused("truncated.xlsx", Arrays.copyOf(good, good.length / 2), "corrupt");
        byte[] noise = new byte[5000];
        new java.util.Random(3).nextBytes(noise);
        noise[0] = 'P';
        noise[1] = 'K';
        noise[2] = 3;
        noise[3] = 4;
        assertRefused("noise.xlsx", noise, "corrupt");
    }

    @Test
    void anExternalEntityInAWorkbookIsNeverResolved() throws Exception {
        byte[] xxe = rewrite(workbook("Placeholder"), "xl/sharedStrings.xml", xml -> xml
                .replace("<sst", "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><sst")
                .replace("Placeholder", "&xxe;"));
        Path file = Files.write(dir.resolve("xxe.xlsx"), xxe);
        Cli.Run r = cli.run("import", file.toString());
        assertEquals(1, r.exit(), r.out());
        assertFalse(r.err().contains("root:") || r.out().contains("root:"), r.err());
        assertEquals(before, cli.contentDigest());
    }

    @Test
    void entityExpansionInAWorkbookIsRefusedQuickly() throws Exception {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE sst [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 12; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        byte[] bomb = rewrite(workbook("Placeholder"), "xl/sharedStrings.xml",
                xml -> xml.replace("<sst", laughs + "<sst").replace("Placeholder", "&l12;"));
        Path file = Files.write(dir.resolve("laughs.xlsx"), bomb);
        Cli.Run r = cli.run("import", file.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.millis() < 20_000, r.millis() + " ms");
        assertEquals(before, cli.contentDigest());
    }

    @Test
    void aPasswordProtectedWorkbookSaysSo() throws Exception {
        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("s3cret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(workbook("Run a weekly ASB surgery"));
            }
            fs.writeFilesystem(locked);
        }
        assertRefused("locked.xlsx", locked.toByteArray(), "password-protected");
    }

    @Test
    void aMillionRowCsvIsRefusedAtTheRowLimit() throws Exception {
        StringBuilder csv = new StringBuilder(30_000_000).append("Ref,Action,Lead\n");
        for (int i = 1; i <= 1_000_000; i++) {
            csv.append(i).append(",Action ").append(i).append(",Police\n");
        }
        assertRefused("million.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "more than 100,000 rows");
    }

    @Test
    void aCellLongerThanTheWorkspaceAllowsIsRefusedWithTheField() throws Exception {
        assertRefused("long-cell.xlsx", workbook("A".repeat(12_000)), "too long to save (field title, at most 10000 characters)");
    }

    @Test
    void aCsvInWindows1252WithSemicolonsImportsItsAccentsIntact() throws Exception {
        String csv = "Ref;Action;Lead\n1.1;Caf\u00e9 outreach \u2013 night-time economy;Police\n1.2;Second action;Council\n";
        Path file = Files.write(dir.resolve("cp1252.csv"), csv.getBytes(Charset.forName("windows-1252")));
        Cli.Run r = cli.run("import", file.toString(), "--title", "Encoding test");
        assertEquals(0, r.exit(), r.err());
        Path out = dir.resolve("out.json");
        assertEquals(0, cli.run("export", "Encoding test", "--format", "json", "-o", out.toString()).exit());
        assertTrue(Files.readString(out).contains("Caf\u00e9 outreach \u2013 night-time economy"));
    }

    /** A Word plan with one action table, as a coordinator's document would have. */
    private static byte[] wordPlan(String title) throws Exception {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var table = doc.createTable(2, 3);
            String[][] cells = {{"Ref", "Action", "Lead"}, {"1.1", title, "Police"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void entityExpansionInAWordPlanIsRefusedQuickly() throws Exception {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE w:document [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 12; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        byte[] bomb = rewrite(wordPlan("Placeholder"), "word/document.xml",
                xml -> xml.replaceFirst("<w:document", laughs + "<w:document").replace("Placeholder", "&l12;"));
        assertRefused("laughs.docx", bomb, "'laughs.docx' could not be read");
    }

    @Test
    void aHugeSharedStringTableIsRefusedWithinSecondsAndBoundedMemory() throws Exception {
        StringBuilder strings = new StringBuilder(64_000_000);
        strings.append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4000000\" uniqueCount=\"4000000\">");
        for (int i = 0; i < 4_000_000; i++) {
            strings.append("<si><t>s</t></si>");
        }
        strings.append("</sst>");
        byte[] huge = rewrite(workbook("Placeholder"), "xl/sharedStrings.xml", xml -> strings.toString());
        assertRefused("huge-strings.xlsx", huge, "(a 'zip bomb')");
    }

    @Test
    void formulaCellsAreReadAsTheirShownValueNeverAsFormulas() throws Exception {
        byte[] withFormula;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook("Placeholder")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var cell = wb.getSheet("Actions").getRow(1).getCell(1);
            cell.setCellFormula("HYPERLINK(\"http://example.invalid\",\"Report ASB online\")");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            withFormula = out.toByteArray();
        }
        Path file = Files.write(dir.resolve("formula.xlsx"), withFormula);
        Cli.Run r = cli.run("import", file.toString(), "--title", "Formula test");
        assertEquals(0, r.exit(), r.err());
        Path out = dir.resolve("formula.json");
        assertEquals(0, cli.run("export", "Formula test", "--format", "json", "-o", out.toString()).exit());
        String json = Files.readString(out);
        assertTrue(json.contains("\"title\" : \"Report ASB online\""), json);
        assertFalse(json.contains("HYPERLINK") || json.contains("example.invalid"), "a formula came across as a formula");
    }
}
