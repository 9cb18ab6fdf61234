package org.cspplanner.exporters;

import java.util.List;
import java.util.Locale;
import org.cspplanner.exporters.csv.CsvExporter;
import org.cspplanner.exporters.docx.DocxExporter;
import org.cspplanner.exporters.pdf.PdfExporter;
import org.cspplanner.exporters.xlsx.XlsxExporter;

/** The exporters by format name: the one place the command line and the export dialog look them up. */
public final class Exporters {

    private static final List<String> FORMATS = List.of("docx", "pdf", "xlsx", "csv", "html");

    private Exporters() {
    }

    /** The document formats, in the order the export dialog offers them. */
    public static List<String> formats() {
        return FORMATS;
    }

    /** @throws IllegalArgumentException naming the valid formats, for an unknown one */
    public static PlanExporter forFormat(String format) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "docx" -> new DocxExporter();
            case "pdf" -> new PdfExporter();
            case "xlsx" -> new XlsxExporter();
            case "csv" -> new CsvExporter();
            case "html" -> new org.cspplanner.exporters.report.PlanHtmlExporter();
            default -> throw new IllegalArgumentException(
                    "Unknown format '" + format + "': expected one of " + String.join(", ", FORMATS));
        };
    }
}
