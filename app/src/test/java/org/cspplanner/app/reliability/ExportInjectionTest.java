package org.cspplanner.app.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.Exporters;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.model.Action;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.Theme;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.Test;

/** User text that looks like a formula or a link stays text in every spreadsheet and CSV export, in every layout. */
class ExportInjectionTest {

    private static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://example.invalid\",\"Click\")",
            "+SUM(1,1)", "-2+3", "@SUM(A1:A2)", "=cmd|' /C calc'!A0", "\t=1+1");

    /** The sample plan with its first theme's actions retitled as formulas, and a lead named like one. */
    private static Plan hostilePlan() {
        Plan sample = SamplePlan.create();
        Theme first = sample.themes().get(0);
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < first.actions().size(); i++) {
            Action a = first.actions().get(i);
            String payload = PAYLOADS.get(i % PAYLOADS.size());
            actions.add(a.toBuilder().title(payload).description(payload).leads(List.of(Lead.organisation("=1+2"))).build());
        }
        List<Theme> themes = new ArrayList<>(sample.themes());
        themes.set(0, new Theme(first.id(), first.code(), "=THEME()", first.description(), first.narrative(), actions));
        return sample.toBuilder().title("+Plan title").themes(themes).build();
    }

    @Test
    void noXlsxExportHasAFormulaOrAHyperlinkCell() throws Exception {
        Plan plan = hostilePlan();
        for (String layout : Layouts.names()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporters.forFormat("xlsx").export(plan, ExportOptions.of(layout), out, ProgressListener.NONE);
            int texts = 0;
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                for (Sheet sheet : wb) {
                    assertEquals(0, ((XSSFSheet) sheet).getHyperlinkList().size(), layout + "/" + sheet.getSheetName());
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertFalse(cell.getCellType() == CellType.FORMULA,
                                    layout + "/" + sheet.getSheetName() + "!" + cell.getAddress() + " is a formula: " + cell);
                            if (cell.getCellType() == CellType.STRING && (cell.getStringCellValue().contains("HYPERLINK(")
                                    || cell.getStringCellValue().contains("SUM(1,1)"))) {
                                texts++;
                            }
                        }
                    }
                }
            }
            assertTrue(texts > 0, layout + ": the payloads should be there, as text");
        }
    }

    @Test
    void everyCsvFieldThatCouldRunAsAFormulaIsDefused() throws Exception {
        Plan plan = hostilePlan();
        for (String layout : Layouts.names()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporters.forFormat("csv").export(plan, ExportOptions.of(layout), out, ProgressListener.NONE);
            String csv = out.toString(StandardCharsets.UTF_8);
            for (String payload : PAYLOADS) {
                String quoted = "\"" + payload.replace("\"", "\"\"") + "\"";
                for (String field : List.of("," + payload + ",", "," + quoted + ",", "\n" + payload + ",", "\n" + quoted + ",")) {
                    assertFalse(csv.contains(field), layout + ": raw formula field " + field.strip());
                }
            }
            assertTrue(csv.contains("HYPERLINK(") || csv.contains("SUM(1,1)"), layout + ": the payloads should be there, as text");
        }
    }
}
