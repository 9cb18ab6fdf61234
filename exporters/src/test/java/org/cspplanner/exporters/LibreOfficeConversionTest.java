package org.cspplanner.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice, an independent reader, opens our .docx and .xlsx and turns them into PDF without complaint. */
class LibreOfficeConversionTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeConvertsTheWordFileToPdf() throws Exception {
        convert("delivery-plan", "docx");
    }

    @Test
    void libreOfficeConvertsTheExcelFileToPdf() throws Exception {
        convert("rolling-plan", "xlsx");
    }

    private void convert(String layout, String format) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice (soffice) is not installed");
        Path file = dir.resolve(layout + "." + format);
        Files.write(file, ReadBack.export(TestPlans.fenland(), format, ExportOptions.of(layout, TestPlans.Q4)));
        Path out = Files.createDirectory(dir.resolve("out"));
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished in time");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
        Path pdf = out.resolve(layout + ".pdf");
        assertTrue(Files.size(pdf) > 1000, "a non-empty PDF");
    }
}
