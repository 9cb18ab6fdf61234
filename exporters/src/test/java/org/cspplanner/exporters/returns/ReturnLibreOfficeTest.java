package org.cspplanner.exporters.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice, an independent reader, opens a generated return without complaint and keeps its protection. */
class ReturnLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeConvertsAReturnToPdf() throws Exception {
        Path out = convert("pdf");
        assertTrue(Files.size(out.resolve("return.pdf")) > 1000, "a non-empty PDF");
    }

    @Test
    void libreOfficeKeepsTheSheetsProtectedAndTheInputCellsOpen() throws Exception {
        Path out = convert("xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("return.xlsx")))) {
            XSSFSheet actions = wb.getSheet(ReturnLayout.ACTIONS);
            assertTrue(actions.isSheetLocked(), "still protected after LibreOffice saved it");
            assertTrue(actions.getRow(1).getCell(ReturnLayout.A_TITLE).getCellStyle().getLocked());
            assertFalse(actions.getRow(1).getCell(ReturnLayout.A_UPDATE).getCellStyle().getLocked());
            assertTrue(wb.getSheet(ReturnLayout.TARGETS).isSheetLocked());
        }
    }

    /** Converts a generated return with a fresh LibreOffice profile; returns the output folder. */
    private Path convert(String format) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice (soffice) is not installed");
        Path file = dir.resolve("return.xlsx");
        Files.write(file, ReturnsRoundTripTest.returnFor(SamplePlan.create(), ReportingPeriod.of(2026, 3), "Police"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        boolean finished = p.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertTrue(finished, "LibreOffice finished in time");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
        return out;
    }
}
