package org.cspplanner.exporters.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.Exporters;
import org.cspplanner.exporters.TestPlans;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;

/** Writes every layout in every format for the test plan into a folder, to look at (pdftoppm, LibreOffice). */
public final class SampleOutputs {

    private SampleOutputs() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/sample-outputs");
        Files.createDirectories(dir);
        Plan plan = TestPlans.fenland();
        for (String layout : Layouts.names()) {
            for (String format : Exporters.formats()) {
                Path file = dir.resolve(layout + "." + format);
                try (OutputStream out = Files.newOutputStream(file)) {
                    Exporters.forFormat(format).export(plan, ExportOptions.of(layout, TestPlans.Q4), out, ProgressListener.NONE);
                }
                System.out.println(file);
            }
        }
    }
}
