package org.cspplanner.exporters.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.ReadBack;
import org.cspplanner.exporters.TestPlans;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class DocxExporterTest {

    private static XWPFDocument export(Plan plan, String layout) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(ReadBack.export(plan, "docx", ExportOptions.of(layout, TestPlans.Q4))));
    }

    @Test
    void pageIsA4Landscape() throws Exception {
        try (XWPFDocument doc = export(TestPlans.fenland(), "delivery-plan")) {
            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(16838, ((Number) size.getW()).intValue());
            assertEquals(11906, ((Number) size.getH()).intValue());
            assertEquals(STPageOrientation.LANDSCAPE, size.getOrient());
        }
    }

    @Test
    void everyTableRepeatsItsHeaderRowAndNoRowSplitsAcrossPages() throws Exception {
        try (XWPFDocument doc = export(TestPlans.fenland(), "rolling-plan")) {
            List<XWPFTable> tables = doc.getTables();
            assertEquals(3, tables.size());
            for (XWPFTable t : tables) {
                assertTrue(t.getRow(0).isRepeatHeader(), "header row repeats");
                assertEquals("Number", t.getRow(0).getCell(0).getText());
                for (XWPFTableRow row : t.getRows()) {
                    assertTrue(row.isCantSplitRow());
                }
            }
        }
    }

    @Test
    void planTitleAndThemesAreRealHeadings() throws Exception {
        Plan plan = TestPlans.fenland();
        try (XWPFDocument doc = export(plan, "area-of-focus")) {
            assertTrue(doc.getStyles().getStyle("Heading1").getName().equals("heading 1"));
            List<String> h1 = headings(doc, "Heading1");
            List<String> h2 = headings(doc, "Heading2");
            assertEquals(List.of(plan.title()), h1);
            assertEquals(plan.themes().stream().map(t -> t.heading()).toList(), h2);
        }
    }

    @Test
    void documentTitleAndUkEnglishAreSet() throws Exception {
        Plan plan = TestPlans.fenland();
        try (XWPFDocument doc = export(plan, "prevention-plan")) {
            assertEquals(plan.title(), doc.getProperties().getCoreProperties().getTitle());
            assertEquals("en-GB", doc.getPackage().getPackageProperties().getLanguageProperty().orElseThrow());
            try (var in = doc.getStyles().getPackagePart().getInputStream()) {
                String styles = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(styles.contains("<w:lang w:val=\"en-GB\""), "UK English is the default language of the text");
            }
        }
    }

    @Test
    void runningHeaderSaysDraftWhileThePlanIsADraft() throws Exception {
        Plan draft = TestPlans.fenland();
        try (XWPFDocument doc = export(draft, "delivery-plan")) {
            String header = doc.getHeaderList().get(0).getText();
            assertTrue(header.contains("DRAFT") && header.contains(draft.title()), header);
        }
        Plan adopted = draft.toBuilder().status(PlanStatus.ADOPTED).build();
        try (XWPFDocument doc = export(adopted, "delivery-plan")) {
            String header = doc.getHeaderList().get(0).getText();
            assertTrue(header.contains(adopted.title()) && !header.contains("DRAFT"), header);
        }
    }

    @Test
    void footerCountsPagesWithPageAndNumpagesFields() throws Exception {
        try (XWPFDocument doc = export(TestPlans.fenland(), "delivery-plan")) {
            String xml = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertTrue(xml.contains("PAGE") && xml.contains("NUMPAGES"), xml);
            assertTrue(doc.getFooterList().get(0).getText().startsWith("Page "));
        }
    }

    @Test
    void ragCellsAreShadedAndCarryTheWord() throws Exception {
        try (XWPFDocument doc = export(TestPlans.fenland(), "delivery-plan")) {
            XWPFTable theme1 = doc.getTables().get(1);
            var rag = theme1.getRow(1).getCell(7);
            assertEquals("Green", rag.getText());
            assertEquals("2E7D32", rag.getColor());
        }
    }

    @Test
    void deliveryPlanActionSpansItsProjects() throws Exception {
        try (XWPFDocument doc = export(TestPlans.fenland(), "delivery-plan")) {
            XWPFTable theme1 = doc.getTables().get(1);
            // header, 1.2.1, then 1.2.2 with three projects, then 1.2.3
            assertEquals(6, theme1.getNumberOfRows());
            assertEquals("1.2.2", theme1.getRow(2).getCell(0).getText());
            assertEquals("", theme1.getRow(3).getCell(0).getText());
            assertTrue(theme1.getRow(3).getCell(0).getCTTc().getTcPr().isSetVMerge());
            assertTrue(theme1.getRow(3).getCell(3).getText().contains("Install CCTV unit"));
        }
    }

    private static List<String> headings(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }
}
