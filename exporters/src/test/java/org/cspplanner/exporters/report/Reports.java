package org.cspplanner.exporters.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.ReportingPeriod;

/** Writes reports in memory for tests, on the sample plan's second quarter as of 15/10/2026. */
final class Reports {

    static final ReportingPeriod Q2 = ReportingPeriod.of(2026, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    private Reports() {
    }

    static byte[] write(Plan plan, ReportKind kind, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExporter.write(plan, ReportOptions.of(kind, Q2, TODAY), format, out, ProgressListener.NONE);
        return out.toByteArray();
    }
}
