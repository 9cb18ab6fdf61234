package org.cspplanner.exporters.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.PlanExporter;
import org.cspplanner.exporters.document.Column;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.exporters.sheet.FlatTable;
import org.cspplanner.exporters.sheet.FormulaGuard;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;

/**
 * CSV: UTF-8 with a byte-order mark (so Excel reads £ and accents correctly), RFC 4180 quoting and CRLF lines,
 * and cells that could start a formula neutralised.
 */
public final class CsvExporter implements PlanExporter {

    private static final char BOM = '\uFEFF';

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void export(Plan plan, ExportOptions options, OutputStream out, ProgressListener progress)
            throws IOException {
        FlatTable table = FlatTable.of(Layouts.byName(options.layout()).render(plan, options));
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(BOM);
        line(w, table.columns().stream().map(Column::header).toList());
        int n = table.rows().size();
        for (int i = 0; i < n; i++) {
            progress.checkCancelled();
            line(w, table.rows().get(i).values());
            if (i % 100 == 0) {
                progress.progress((double) i / Math.max(1, n), "Wrote " + i + " of " + n + " rows");
            }
        }
        w.flush();
        progress.progress(1.0, "Done");
    }

    private static void line(Writer w, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(FormulaGuard.neutralise(values.get(i))));
        }
        w.write("\r\n");
    }

    static String quote(String value) {
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
