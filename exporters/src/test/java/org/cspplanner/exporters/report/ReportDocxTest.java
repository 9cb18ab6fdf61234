package org.cspplanner.exporters.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.Test;

class ReportDocxTest {

    private static XWPFDocument ragReport() throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(Reports.write(SamplePlan.create(), ReportKind.RAG, "docx")));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList();
    }

    private static XWPFTable tableStartingWith(XWPFDocument doc, String header) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(header)).findFirst()
                .orElseThrow(() -> new AssertionError("no table headed " + header));
    }

    @Test
    void wordReportUsesRealHeadingsForTitleAndChapters() throws Exception {
        try (XWPFDocument doc = ragReport()) {
            List<String> h2 = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("RAG key", "Executive summary", "Exceptions: Red and Amber actions",
                    "Actions with no update this quarter", "Overdue actions", "Targets"), h2);
            assertEquals("Wyvern Vale Community Safety Plan 2026/27", doc.getParagraphs().get(0).getText());
            assertEquals("Heading1", doc.getParagraphs().get(0).getStyle());
            assertEquals("Wyvern Vale Community Safety Plan 2026/27", doc.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void wordSummaryTableHoldsTheCountsAndChanges() throws Exception {
        try (XWPFDocument doc = ragReport()) {
            XWPFTable summary = tableStartingWith(doc, "Theme");
            assertEquals(List.of("Theme", "Red", "Amber", "Green", "Complete", "Not rated", "Total"), cells(summary.getRow(0)));
            assertEquals(List.of("4 Drugs, alcohol and the night-time economy", "0 (\u22121)", "1 (0)", "2 (\u22121)",
                    "0 (0)", "2 (+2)", "5"), cells(summary.getRow(4)));
            assertEquals(List.of("All themes", "3 (+1)", "5 (\u22121)", "7 (\u22122)", "2 (+1)", "3 (+1)", "20"),
                    cells(summary.getRow(5)));
            assertEquals(1, doc.getAllPictures().size(), "the chart");
        }
    }

    @Test
    void wordExceptionsAndTargetsMatchThePlan() throws Exception {
        try (XWPFDocument doc = ragReport()) {
            XWPFTable exceptions = tableStartingWith(doc, "Action");
            assertEquals(9, exceptions.getNumberOfRows(), "header and eight Red or Amber actions");
            List<String> first = cells(exceptions.getRow(1));
            assertEquals("1.3 Deploy two redeployable CCTV cameras at hotspot locations", first.get(0));
            assertEquals("WVDC", first.get(1));
            assertEquals("Red", first.get(2));
            assertEquals("Green \u2192 Red (worse)", first.get(3));
            XWPFTable targets = doc.getTables().stream().filter(t -> cells(t.getRow(0)).contains("Direction"))
                    .findFirst().orElseThrow();
            assertEquals(13, targets.getNumberOfRows(), "header and twelve targets");
            List<String> entrants = cells(targets.getRow(8));
            assertEquals(List.of("3.4", "First-time entrants to the youth justice system",
                    "6 young people per quarter (2025/26 quarterly average)", "5 young people per quarter",
                    "7 young people per quarter (Q2 2026/27)", "Red", "Worse \u2193"), entrants);
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("Stacked bar chart")));
        }
    }
}
