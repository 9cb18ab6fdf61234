package org.cspplanner.exporters.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.cspplanner.model.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a file can be bad ends in one clear message, never a stack trace. */
class BadInputImportTest {

    @TempDir
    Path dir;

    private String failure(Path file) {
        return failure(file, ImportOptions.DEFAULTS);
    }

    private String failure(Path file, ImportOptions options) {
        ImportException e = assertThrows(ImportException.class, () -> PlanImporter.preview(file, options, ProgressListener.NONE));
        assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
        return e.getMessage();
    }

    private Path goodXlsx() throws IOException {
        return SeedLayoutImportTest.eastCambs().writeXlsx(dir.resolve("good.xlsx"));
    }

    @Test
    void aCorruptZipIsNamedAsCorrupt() throws Exception {
        Path file = dir.resolve("corrupt.xlsx");
        byte[] junk = new byte[4000];
        Arrays.fill(junk, (byte) 7);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        Files.write(file, junk);
        assertTrue(failure(file).contains("'corrupt.xlsx' could not be read: it is corrupt"), failure(file));
    }

    @Test
    void aTruncatedWorkbookIsNamedAsCorruptOrCutShort() throws Exception {
        byte[] bytes = Files.readAllBytes(goodXlsx());
        Path file = dir.resolve("truncated.xlsx");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(failure(file).contains("could not be read: it is corrupt"), failure(file));
    }

    @Test
    void aPasswordProtectedWorkbookSaysSo() throws Exception {
        Path plain = goodXlsx();
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("s3cret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(failure(file).startsWith("'locked.xlsx' is password-protected."), failure(file));
    }

    @Test
    void anXlsRenamedXlsxIsReadForWhatItIsAndSaysSo() throws Exception {
        Path xls = SeedLayoutImportTest.eastCambs().writeXls(dir.resolve("plan.xls"));
        Path renamed = Files.move(xls, dir.resolve("plan.xlsx"));
        ImportPreview preview = PlanImporter.preview(renamed, ImportOptions.DEFAULTS, ProgressListener.NONE);
        SeedLayoutImportTest.assertEastCambs(preview.plan());
        assertTrue(preview.notes().get(0).contains("is an Excel 97–2003 workbook (.xls) with a different name"), preview.notes().toString());
    }

    @Test
    void anEmptySheetIsReportedAsEmpty() throws Exception {
        Path file = new WorkbookFixture().sheet("Actions").writeXlsx(dir.resolve("empty.xlsx"));
        assertEquals("Sheet 'Actions' of 'empty.xlsx' is empty: there is nothing to import.", failure(file));
    }

    @Test
    void aSheetWithoutARecognisableHeaderSaysWhatWasLookedFor() throws Exception {
        Path file = new WorkbookFixture().sheet("Budget").row("Item", "Cost").row("Posters", "£250").row("Venue", "£900")
                .writeXlsx(dir.resolve("budget.xlsx"));
        String message = failure(file);
        assertTrue(message.startsWith("No header row found in 'budget.xlsx'"), message);
        assertTrue(message.contains("--mapping"), message);
    }

    @Test
    void tooManyRowsStopsReadingWithTheLimitInTheMessage() throws Exception {
        WorkbookFixture big = new WorkbookFixture().sheet("Actions").row("Ref", "Action", "Lead");
        for (int i = 1; i <= 60; i++) {
            big.row("A" + i, "Action number " + i, "Police");
        }
        String message = failure(big.writeXlsx(dir.resolve("big.xlsx")), ImportOptions.DEFAULTS.withMaxRows(50));
        assertTrue(message.startsWith("Sheet 'Actions' has more than 50 rows"), message);
        StringBuilder csv = new StringBuilder("Ref,Action,Lead\n");
        for (int i = 1; i <= 60; i++) {
            csv.append("A").append(i).append(",Action ").append(i).append(",Police\n");
        }
        Path csvFile = Files.writeString(dir.resolve("big.csv"), csv);
        assertTrue(failure(csvFile, ImportOptions.DEFAULTS.withMaxRows(50)).contains("more than 50 rows"));
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path good = goodXlsx();
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] padding = new byte[1 << 20];
                    Arrays.fill(padding, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(padding); // 40 MB of white space that compresses to almost nothing
                    }
                }
                out.closeEntry();
            }
        }
        assertTrue(failure(bomb).contains("zip bomb"), failure(bomb));
    }

    @Test
    void aPdfOrAMissingFileIsNamedPlainly() throws Exception {
        Path pdf = Files.write(dir.resolve("plan.pdf"), "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(failure(pdf).contains("is a PDF"), failure(pdf));
        assertEquals("File not found: missing.xlsx", failure(dir.resolve("missing.xlsx")));
        Path zero = Files.write(dir.resolve("zero.csv"), new byte[0]);
        assertEquals("'zero.csv' is empty (0 bytes).", failure(zero));
    }

}
