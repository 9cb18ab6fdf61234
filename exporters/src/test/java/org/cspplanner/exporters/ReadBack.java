package org.cspplanner.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cspplanner.exporters.layout.Layouts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cspplanner.exporters.layout.PlanFacts;
import org.cspplanner.model.Action;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.ReportingPeriod;

/** Exports in memory and reads the output back as plain text, the way a reader (or a screen reader) meets it. */
public final class ReadBack {

    private ReadBack() {
    }

    public static byte[] export(Plan plan, String format, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.forFormat(format).export(plan, options, out, ProgressListener.NONE);
        return out.toByteArray();
    }

    /** All the text of a file in reading order, white space collapsed to single spaces. */
    public static String text(String format, byte[] bytes) throws IOException {
        String raw = switch (format) {
            case "docx" -> docx(bytes);
            // A PDF line may break after a hyphen ("anti-" / "social"); extraction then shows "anti- social".
            case "pdf" -> pdf(bytes).replaceAll("(?<=\\p{L})-\\s+(?=\\p{L})", "-");
            case "xlsx" -> xlsx(bytes);
            case "csv" -> new String(bytes, StandardCharsets.UTF_8);
            case "html" -> html(new String(bytes, StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(format);
        };
        return raw.replaceAll("\\s+", " ");
    }

    /** The page's text as a screen reader meets it: styles and tags removed, entities decoded. */
    static String html(String page) {
        return page.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    static String docx(byte[] bytes) throws IOException {
        StringBuilder s = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    s.append(p.getText()).append('\n');
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> s.append(p.getText()).append('\n'));
                            s.append(" | ");
                        }
                        s.append('\n');
                    }
                }
            }
        }
        return s.toString();
    }

    static String pdf(byte[] bytes) throws IOException {
        StringBuilder s = new StringBuilder();
        PdfReader reader = new PdfReader(bytes);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                s.append(extractor.getTextFromPage(p)).append('\n');
            }
        } finally {
            reader.close();
        }
        return s.toString();
    }

    static String xlsx(byte[] bytes) throws IOException {
        StringBuilder s = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    s.append(formatter.formatCellValue(cell)).append(" | ");
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    /** The plan's actions in the order the layout arranges them (the matrix goes section by section). */
    public static List<Action> inLayoutOrder(Plan plan, ExportOptions options) {
        Set<UUID> ids = new LinkedHashSet<>();
        Layouts.byName(options.layout()).render(plan, options).tables()
                .forEach(t -> t.rows().forEach(r -> {
                    if (!r.placeholder()) {
                        ids.add(r.actionId());
                    }
                }));
        assertEquals(plan.actionCount(), ids.size(), "every action is in the layout");
        return ids.stream().map(id -> plan.action(id).orElseThrow()).toList();
    }

    /**
     * Asserts that each action's code, title, leads and RAG word appear, in that order, action after action.
     * Leads may be shown together ("Police, Housing") or, in the delivery plan, one per project row.
     */
    public static void assertActionsInOrder(String text, Plan plan, ExportOptions options) {
        ReportingPeriod period = options.periodFor(plan);
        int at = 0;
        for (Action a : inLayoutOrder(plan, options)) {
            at = find(text, a.code(), at, a);
            int title = find(text, a.title(), at, a);
            at = title;
            int leads = text.indexOf(norm(a.leadsDisplay()), title);
            if (leads < 0) {
                // one lead per project row: each must be there, and the first row's lead comes first
                for (Lead lead : a.leads()) {
                    int found = find(text, lead.display(), title, a);
                    leads = leads < 0 ? found : Math.min(leads, found);
                }
            }
            at = find(text, ragShown(plan, options, a), Math.max(title, leads), a);
            at = Math.max(at, title);
        }
        assertTrue(at > 0);
    }

    /** The RAG word the layout puts in the action's first row (a delivery plan shows its first project's). */
    private static String ragShown(Plan plan, ExportOptions options, Action a) {
        for (var t : Layouts.byName(options.layout()).render(plan, options).tables()) {
            int rag = t.ragColumn();
            for (var row : t.rows()) {
                if (a.id().equals(row.actionId())) {
                    return rag < 0 ? "" : row.cells().get(rag).text();
                }
            }
        }
        return PlanFacts.ragWord(a, options.periodFor(plan));
    }

    private static int find(String text, String expected, int from, Action a) {
        String want = norm(expected);
        if (want.isEmpty()) {
            return from;
        }
        int found = text.indexOf(want, from);
        if (found < 0) {
            fail("'" + want + "' of action " + a.code() + " not found after position " + from + " in:\n"
                    + text.substring(Math.max(0, from - 200), Math.min(text.length(), from + 600)));
        }
        return found + 1;
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
