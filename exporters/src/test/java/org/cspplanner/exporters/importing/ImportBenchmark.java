package org.cspplanner.exporters.importing;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cspplanner.model.ProgressListener;

/**
 * Benchmark, not a test: writes a 10,000-action workbook (theme banners, several project rows per action,
 * colour-only RAG) and times its import, printing the time and the peak heap. Run with -Xmx512m to prove the bound:
 * {@code java -Xmx512m -cp ... org.cspplanner.exporters.importing.ImportBenchmark [actions]}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int actions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path file = Files.createTempFile("csp-benchmark-", ".xlsx");
        try {
            int rows = write(file, actions);
            System.out.printf(Locale.UK, "Wrote %,d actions in %,d rows (%,d KB)%n", actions, rows, Files.size(file) / 1024);
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long started = System.nanoTime();
            SourceWorkbook read = PlanImporter.read(file, ImportOptions.DEFAULTS, ProgressListener.NONE);
            long readMillis = (System.nanoTime() - started) / 1_000_000;
            ImportPreview preview = PlanImporter.interpret(read, ImportOptions.DEFAULTS, ProgressListener.NONE);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(Locale.UK, "Reading the file: %,d ms; building the plan: %,d ms%n", readMillis, millis - readMillis);
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.UK, "Imported %s%n", preview.summary());
            System.out.printf(Locale.UK, "Time: %,d ms; peak heap: %,d MB (max heap %,d MB)%n", millis, peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static int write(Path file, int actions) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            CellStyle[] rag = new CellStyle[3];
            IndexedColors[] colours = {IndexedColors.RED, IndexedColors.GOLD, IndexedColors.BRIGHT_GREEN};
            for (int i = 0; i < 3; i++) {
                rag[i] = wb.createCellStyle();
                rag[i].setFillPattern(FillPatternType.SOLID_FOREGROUND);
                rag[i].setFillForegroundColor(colours[i].getIndex());
            }
            Sheet sheet = wb.createSheet("Delivery plan");
            int r = 0;
            row(sheet, r++, "Benchmark Community Safety Partnership delivery plan 2025/26");
            row(sheet, r++, "Action Plan No", "Action", "Outcome", "Project", "Target", "Lead Officer and Organisation",
                    "Progress narrative / Risk", "Progress (RAG)", "Completion date");
            for (int a = 1; a <= actions; a++) {
                if (a % 500 == 1) {
                    row(sheet, r, "Theme " + (a / 500 + 1) + " – Reduce harm in our communities");
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 8));
                    r++;
                }
                int projects = 1 + a % 3;
                for (int p = 0; p < projects; p++) {
                    Row row = p == 0
                            ? row(sheet, r++, (a / 500 + 1) + "." + a, "Deliver community safety action number " + a,
                                    "Fewer incidents of anti-social behaviour in area " + a, "Project " + a + "/" + p,
                                    "Target 85% of cases within 5 days", "Rob Mitchell FDC",
                                    "Work is progressing with partners; quarterly review held.", null, "31/03/2026")
                            : row(sheet, r++, null, null, null, "Project " + a + "/" + p, "Target " + (80 + p) + "%",
                                    "Alison Smith CCC", "Follow-on work with the Police and Housing.", null, null);
                    row.createCell(7).setCellStyle(rag[(a + p) % 3]);
                }
            }
            wb.write(out);
            return r;
        }
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
        return row;
    }
}
