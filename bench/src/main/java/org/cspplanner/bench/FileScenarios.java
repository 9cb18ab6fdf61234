package org.cspplanner.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.Exporters;
import org.cspplanner.exporters.importing.ImportOptions;
import org.cspplanner.exporters.importing.PlanImporter;
import org.cspplanner.exporters.xlsx.XlsxPlanData;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.ReportingPeriod;

/** Exports to every format and imports back from .xlsx and .csv, with LibreOffice doing the same jobs beside us. */
final class FileScenarios {

    private static final String LAYOUT = "delivery-plan";

    private final Stopwatch stopwatch;
    private final Path scratch;
    private final LibreOffice libreOffice;

    FileScenarios(Stopwatch stopwatch, Path scratch, LibreOffice libreOffice) {
        this.stopwatch = stopwatch;
        this.scratch = scratch;
        this.libreOffice = libreOffice;
    }

    List<Measurement> forPlan(Plan plan, String size) throws Exception {
        ExportOptions options = ExportOptions.of(LAYOUT, ReportingPeriod.parse("Q2 2026/27"));
        List<Measurement> rows = new ArrayList<>();
        Path folder = Files.createDirectories(scratch.resolve("files-" + plan.actionCount()));
        for (String format : List.of("docx", "pdf", "xlsx", "csv")) {
            Path file = folder.resolve("plan." + format);
            Measurement ours = stopwatch.measure("export " + format + " (" + LAYOUT + ")", size, () -> { }, () -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    Exporters.forFormat(format).export(plan, options, out, ProgressListener.NONE);
                }
                return file;
            });
            rows.add(format.equals("pdf") ? beside(ours, libreOffice.convert(folder.resolve("plan.docx"), "pdf"),
                    "LibreOffice: our .docx to PDF") : ours);
        }
        Path xlsx = folder.resolve("plan.xlsx");
        rows.add(stopwatch.measure("import our exported xlsx (data sheet)", size, () -> { },
                () -> PlanImporter.preview(xlsx, ImportOptions.DEFAULTS, ProgressListener.NONE)));
        Path bare = withoutDataSheet(xlsx, folder.resolve("plan-table-only.xlsx"));
        Measurement tableImport = stopwatch.measure("import xlsx by its columns", size, () -> { },
                () -> PlanImporter.preview(bare, ImportOptions.DEFAULTS, ProgressListener.NONE));
        rows.add(beside(tableImport, libreOffice.convert(bare, "csv"), "LibreOffice: open our .xlsx, save as CSV"));
        Path csv = folder.resolve("plan.csv");
        rows.add(stopwatch.measure("import csv by its columns", size, () -> { },
                () -> PlanImporter.preview(csv, ImportOptions.DEFAULTS, ProgressListener.NONE)));
        return rows;
    }

    private static Measurement beside(Measurement ours, Double theirs, String note) {
        if (theirs != null && theirs.isInfinite()) {
            return new Measurement(ours.scenario(), ours.size(), ours.medianMs(), ours.minMs(), ours.maxMs(), ours.runs(),
                    ours.peakHeapMb(), null, note + ": did not finish within " + LibreOffice.LIMIT_SECONDS + " s");
        }
        return new Measurement(ours.scenario(), ours.size(), ours.medianMs(), ours.minMs(), ours.maxMs(), ours.runs(),
                ours.peakHeapMb(), theirs, theirs == null ? "LibreOffice not installed" : note);
    }

    /** The workbook as a user's own sheet would be: the same table, without our hidden copy of the plan. */
    private static Path withoutDataSheet(Path from, Path to) throws Exception {
        try (InputStream in = Files.newInputStream(from); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.removeSheetAt(wb.getSheetIndex(XlsxPlanData.SHEET));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            Files.write(to, bytes.toByteArray());
        }
        return to;
    }
}
