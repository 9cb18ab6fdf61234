package org.cspplanner.app.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cspplanner.app.ui.tools.WorkbenchFixture;
import org.cspplanner.exporters.layout.CustomColumn;
import org.cspplanner.exporters.layout.CustomLayout;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.model.Action;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.json.PlanJson;
import org.junit.jupiter.api.Test;

class ExportDialogViewModelTest extends WorkbenchFixture {

    private final List<Path> opened = new ArrayList<>();

    private ExportDialogViewModel dialog() {
        return new ExportDialogViewModel(bench, opened::add);
    }

    @Test
    void startsWithTheWindowsPeriodAndOffersEveryFormatAndLayout() {
        ExportDialogViewModel model = dialog();
        assertEquals(ReportingPeriod.of(2026, 3), model.periodProperty().get());
        assertEquals(List.of("docx", "pdf", "xlsx", "csv", "html", "json"), model.formats());
        assertEquals(Layouts.names(), model.layouts().stream().map(l -> l.name()).toList());
    }

    @Test
    void aWordExportHoldsTheActionsAndIsOpenedWhenDone() throws Exception {
        Action first = open().themes().get(0).actions().get(0);
        ExportDialogViewModel model = dialog();
        model.layoutProperty().set(Layouts.byName("delivery-plan"));
        model.formatProperty().set("docx");
        Path out = folder.resolve("plan.docx");
        dialogs.answer(out);
        model.chooseOutput();
        assertTrue(model.export());

        String text;
        try (InputStream in = Files.newInputStream(out); XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(in))) {
            text = words.getText();
        }
        assertTrue(text.contains(first.title()), "the first action is in the document");
        assertEquals(List.of(out), opened);
        assertTrue(model.doneProperty().get().startsWith("Exported to"));
    }

    @Test
    void aCustomLayoutIsWrittenInTheChosenOrderAndKeptWithThePlanAsAnUndoableEdit() throws Exception {
        ExportDialogViewModel model = dialog();
        model.layoutProperty().set(Layouts.byName("custom"));
        model.formatProperty().set("xlsx");
        model.openWhenDoneProperty().set(false);
        model.columns().forEach(c -> c.includedProperty().set(c.column() == CustomColumn.CODE || c.column() == CustomColumn.TITLE
                || c.column() == CustomColumn.RAG));
        int rag = indexOf(model, CustomColumn.RAG);
        model.move(rag, -rag); // RAG first
        model.groupingProperty().set(CustomLayout.Grouping.NONE);
        Path out = folder.resolve("custom.xlsx");
        model.outputProperty().set(out);
        assertTrue(model.export());

        CustomLayout saved = CustomLayout.savedIn(service.loadPlan(open().id()));
        assertEquals(List.of(CustomColumn.RAG, CustomColumn.CODE, CustomColumn.TITLE), saved.columns());
        assertEquals("Undo save custom layout", main.undoManager().undoLabelProperty().get());
        assertTrue(headerRow(out).containsAll(List.of("Progress (RAG)", "Ref", "Action")), headerRow(out).toString());
        assertTrue(opened.isEmpty());

        undo();
        assertFalse(service.loadPlan(open().id()).settings().containsKey(CustomLayout.SETTINGS_KEY));
    }

    @Test
    void aJsonExportIsTheWholePlan() throws Exception {
        ExportDialogViewModel model = dialog();
        model.formatProperty().set("json");
        Path out = folder.resolve("plan.json");
        model.outputProperty().set(out);
        model.export();
        try (InputStream in = Files.newInputStream(out)) {
            assertEquals(open(), new PlanJson().read(in));
        }
    }

    private static int indexOf(ExportDialogViewModel model, CustomColumn column) {
        for (int i = 0; i < model.columns().size(); i++) {
            if (model.columns().get(i).column() == column) {
                return i;
            }
        }
        throw new AssertionError(column);
    }

    /** The texts of the first row that names the "Ref" column, left to right. */
    private static List<String> headerRow(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> texts = new ArrayList<>();
                for (Cell c : row) {
                    texts.add(c.toString());
                }
                if (texts.contains("Ref")) {
                    return texts.stream().filter(t -> !t.isBlank()).toList();
                }
            }
        }
        throw new AssertionError("No header row in " + xlsx);
    }
}
