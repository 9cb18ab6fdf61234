package org.cspplanner.app.ui.returns;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A partner filling in a return, for the tests. */
public final class ReturnsFixtures {

    static final String Q3 = "Q3 2026/27";

    private ReturnsFixtures() {
    }

    /** Types an update and RAG into the row of an action, finding the columns by their headings as a partner would. */
    public static void fillIn(Path file, String code, String text, String rag) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            Sheet sheet = wb.getSheet("Your actions");
            int update = column(sheet, "Update for " + Q3);
            int ragColumn = column(sheet, "RAG for " + Q3);
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals(code)) {
                    row.getCell(update).setCellValue(text);
                    row.getCell(ragColumn).setCellValue(rag);
                }
            }
            try (OutputStream o = Files.newOutputStream(file)) {
                wb.write(o);
            }
        }
    }

    private static int column(Sheet sheet, String heading) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(heading)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + heading);
    }

}
