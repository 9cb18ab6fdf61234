package org.cspplanner.app.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cspplanner.app.ui.tools.WorkbenchFixture;
import org.cspplanner.exporters.report.ReportKind;
import org.cspplanner.exporters.report.ReportSection;
import org.junit.jupiter.api.Test;

class ReportDialogViewModelTest extends WorkbenchFixture {

    private final List<Path> opened = new ArrayList<>();

    private boolean ticked(ReportDialogViewModel model, ReportSection section) {
        return model.sections().stream().filter(s -> s.section() == section).findFirst().orElseThrow().isIncluded();
    }

    @Test
    void choosingTheBoardPackTicksTheFullPlanAndItsLayoutComesIntoPlay() {
        ReportDialogViewModel model = new ReportDialogViewModel(bench, opened::add);
        assertFalse(ticked(model, ReportSection.ACTION_PLAN));
        assertFalse(model.includesActionPlan().get());
        model.kindProperty().set(ReportKind.BOARD_PACK);
        assertTrue(ticked(model, ReportSection.ACTION_PLAN));
        assertTrue(ticked(model, ReportSection.GLOSSARY));
        assertTrue(model.includesActionPlan().get());
    }

    @Test
    void aRagReportIsWrittenAsAPdfForTheChosenQuarter() throws Exception {
        ReportDialogViewModel model = new ReportDialogViewModel(bench, opened::add);
        assertEquals("Q3 2026/27", model.periodProperty().get().label());
        model.periodProperty().set(model.periods().get(1));
        Path out = folder.resolve("rag.pdf");
        dialogs.answer(out);
        model.chooseOutput();
        assertTrue(model.write(), model.errorProperty().get());

        PdfReader reader = new PdfReader(Files.readAllBytes(out));
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        assertTrue(text.toString().contains("Q2 2026/27"), text.toString());
        assertTrue(text.toString().contains(open().title()) || text.toString().contains("Wyvern Vale"));
        assertEquals(List.of(out), opened);
    }

    @Test
    void noSectionTickedWritesNothing() {
        ReportDialogViewModel model = new ReportDialogViewModel(bench, opened::add);
        model.sections().forEach(s -> s.includedProperty().set(false));
        Path out = folder.resolve("empty.pdf");
        model.outputProperty().set(out);
        assertFalse(model.canWrite().get());
        assertFalse(model.write());
        assertEquals("Tick at least one section to include.", model.errorProperty().get());
        assertFalse(Files.exists(out));
    }
}
