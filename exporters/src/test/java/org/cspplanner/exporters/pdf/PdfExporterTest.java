package org.cspplanner.exporters.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.List;
import java.util.Map;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.ReadBack;
import org.cspplanner.exporters.TestPlans;
import org.cspplanner.model.Plan;
import org.junit.jupiter.api.Test;

class PdfExporterTest {

    private static PdfReader export(Plan plan, String layout) throws Exception {
        return new PdfReader(ReadBack.export(plan, "pdf", ExportOptions.of(layout, TestPlans.Q4)));
    }

    @Test
    void pagesAreA4Landscape() throws Exception {
        PdfReader reader = export(TestPlans.fenland(), "delivery-plan");
        var size = reader.getPageSizeWithRotation(1);
        assertEquals(PageSize.A4.getHeight(), size.getWidth(), 0.5);
        assertEquals(PageSize.A4.getWidth(), size.getHeight(), 0.5);
        reader.close();
    }

    @Test
    void thereIsOneBookmarkPerTheme() throws Exception {
        Plan plan = TestPlans.fenland();
        PdfReader reader = export(plan, "action-plan-matrix");
        List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
        assertEquals(plan.themes().stream().map(t -> t.heading()).toList(),
                bookmarks.stream().map(b -> (String) b.get("Title")).toList());
        reader.close();
    }

    @Test
    void metadataNamesTitleAuthorAndLanguage() throws Exception {
        Plan plan = TestPlans.fenland();
        PdfReader reader = export(plan, "rolling-plan");
        Map<String, String> info = reader.getInfo();
        assertEquals(plan.title(), info.get("Title"));
        assertEquals(plan.partnership(), info.get("Author"));
        assertTrue(info.get("Keywords").contains("2014/15"));
        PdfDictionary catalog = reader.getCatalog();
        assertEquals("en-GB", ((PdfString) catalog.get(PdfName.LANG)).toUnicodeString());
        assertTrue(catalog.contains(PdfName.METADATA), "XMP metadata");
        reader.close();
    }

    @Test
    void fontsAreEmbedded() throws Exception {
        PdfReader reader = export(TestPlans.fenland(), "prevention-plan");
        byte[] raw = ReadBack.export(TestPlans.fenland(), "pdf", ExportOptions.of("prevention-plan"));
        String pdf = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(pdf.contains("/FontFile2"), "TrueType font programs are embedded");
        assertTrue(pdf.contains("DejaVuSansCondensed"));
        reader.close();
    }

    @Test
    void everyPageHasTheDraftHeaderAndAPageNumber() throws Exception {
        PdfReader reader = export(TestPlans.large(60), "delivery-plan");
        int pages = reader.getNumberOfPages();
        assertTrue(pages > 2);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= pages; p++) {
            String text = extractor.getTextFromPage(p);
            assertTrue(text.contains("DRAFT"), "page " + p);
            assertTrue(text.contains("Page " + p + " of"), "page " + p);
        }
        reader.close();
    }

    @Test
    void theHeaderRowIsRepeatedOnEveryPageOfALongTable() throws Exception {
        PdfReader reader = export(TestPlans.large(60), "rolling-plan");
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            assertTrue(extractor.getTextFromPage(p).contains("Milestones"), "header on page " + p);
        }
        reader.close();
    }
}
