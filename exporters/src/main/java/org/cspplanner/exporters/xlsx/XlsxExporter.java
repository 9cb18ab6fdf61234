package org.cspplanner.exporters.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.PlanExporter;
import org.cspplanner.exporters.document.DocumentInfo;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.exporters.document.RagKey;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.exporters.sheet.FlatTable;
import org.cspplanner.exporters.support.OfficeLanguage;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.Rag;

/**
 * Excel (.xlsx): the layout as one filterable sheet (frozen header, autofilter, RAG drop-down with colours),
 * an "About" sheet with the RAG key, and a very hidden data sheet so the importer can rebuild the same plan.
 * User text is only ever written as a string value, never as a formula.
 */
public final class XlsxExporter implements PlanExporter {

    /** The name of the sheet that holds the layout's table. */
    public static final String TABLE_SHEET = "Action plan";
    /** The hidden last column that ties each row to its action, for re-import. */
    public static final String ACTION_ID_HEADER = "Action ID";

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public void export(Plan plan, ExportOptions options, OutputStream out, ProgressListener progress)
            throws IOException {
        ExportDocument document = Layouts.byName(options.layout()).render(plan, options);
        FlatTable table = FlatTable.of(document);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            properties(workbook, document.info());
            XlsxStyles styles = new XlsxStyles(workbook);
            Sheet sheet = workbook.createSheet(TABLE_SHEET);
            new XlsxTableSheet(sheet, styles, progress).write(table);
            about(workbook, styles, document.info(), plan);
            XlsxPlanData.write(workbook, plan, options, document.info().period());
            workbook.setActiveSheet(0);
            progress.checkCancelled();
            progress.progress(0.95, "Saving the workbook");
            workbook.write(out);
        }
        progress.progress(1.0, "Done");
    }

    private static void properties(XSSFWorkbook workbook, DocumentInfo info) {
        var core = workbook.getProperties().getCoreProperties();
        core.setTitle(info.title());
        core.setCreator(info.author().isEmpty() ? "CSP Planner" : info.author());
        core.setSubjectProperty(info.subject());
        core.setKeywords(info.keywords());
        OfficeLanguage.set(workbook.getPackage(), info.language());
    }

    /** Title, period and the RAG key, so a printed or forwarded workbook explains itself. */
    private static void about(XSSFWorkbook workbook, XlsxStyles styles, DocumentInfo info, Plan plan) {
        Sheet about = workbook.createSheet("About");
        about.setColumnWidth(0, 24 * 256);
        about.setColumnWidth(1, 90 * 256);
        List<String[]> facts = List.of(
                new String[] {"Plan", info.title()},
                new String[] {"Partnership", plan.partnership()},
                new String[] {"Plan period", plan.periodLabel()},
                new String[] {"Progress reported for", info.period().label()},
                new String[] {"Layout", info.layoutName()},
                new String[] {"Status", plan.status().label()});
        int r = 0;
        for (String[] fact : facts) {
            var row = about.createRow(r++);
            XlsxTableSheet.text(row.createCell(0), fact[0], styles.label());
            XlsxTableSheet.text(row.createCell(1), fact[1], styles.wrap());
        }
        r++;
        XlsxTableSheet.text(about.createRow(r++).createCell(0), "Key", styles.label());
        RagKey key = new RagKey(List.of(
                new RagKey.Entry(Rag.GREEN, plan.ragScheme().green()),
                new RagKey.Entry(Rag.AMBER, plan.ragScheme().amber()),
                new RagKey.Entry(Rag.RED, plan.ragScheme().red())));
        for (RagKey.Entry e : key.entries()) {
            var row = about.createRow(r++);
            XlsxTableSheet.text(row.createCell(0), e.rag().word(), styles.rag(e.rag()));
            XlsxTableSheet.text(row.createCell(1), e.meaning(), styles.wrap());
        }
    }
}
