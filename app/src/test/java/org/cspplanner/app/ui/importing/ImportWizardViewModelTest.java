package org.cspplanner.app.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cspplanner.app.ui.importing.ImportWizardViewModel.Step;
import org.cspplanner.app.ui.tools.WorkbenchFixture;
import org.cspplanner.exporters.importing.ImportField;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.Test;

class ImportWizardViewModelTest extends WorkbenchFixture {

    static final String CSV = """
            Safer Fenland Action Plan 2026/27
            Ref,Action,Lead,Due,RAG,Notes
            1.1,Run weekend patrols in the town centre,Police,31/03/2027,Green,Hot spots first
            1.2,Train licensees in spotting exploitation,Licensing,30/09/2026,Purple,
            1.3,,Council,,,
            """;

    /** Writes the small plan every test imports. */
    static Path csv(Path folder) throws Exception {
        Path file = folder.resolve("fenland-plan.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        return file;
    }

    private Action action(Plan plan, String code) {
        return plan.actions().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void importGoesFromFileThroughACorrectedMappingToOnePlanThatUndoTakesBack() throws Exception {
        Plan sample = open();
        ImportWizardViewModel wizard = new ImportWizardViewModel(bench);
        dialogs.answer(csv(folder));
        wizard.chooseFile();

        assertEquals(Step.SHEETS, wizard.stepProperty().get());
        assertEquals(1, wizard.sheets().size());
        wizard.next();
        assertEquals(Step.MAPPING, wizard.stepProperty().get());
        ColumnChoice notes = wizard.columns().stream().filter(c -> c.header().equals("Notes")).findFirst().orElseThrow();
        assertEquals(ImportField.IGNORE, notes.field());
        assertEquals("Hot spots first", notes.example());
        wizard.setField(notes.index(), ImportField.DESCRIPTION);
        assertEquals(ImportField.DESCRIPTION, notes.field());

        wizard.next();
        assertEquals(Step.PREVIEW, wizard.stepProperty().get());
        assertEquals(2, wizard.previewProperty().get().actions());
        assertTrue(wizard.warnings().stream().anyMatch(w -> w.contains("action 1.3 has no title, skipped")), wizard.warnings().toString());
        assertTrue(wizard.warnings().stream().anyMatch(w -> w.contains("RAG 'Purple' not recognised")), wizard.warnings().toString());
        assertEquals(List.of(sample.title()), titles(), "nothing is written before Import");

        wizard.titleProperty().set("Fenland plan as imported");
        wizard.importPlan();

        assertEquals(Step.DONE, wizard.stepProperty().get());
        Plan stored = service.loadPlan(wizard.importedProperty().get().id());
        assertEquals("Fenland plan as imported", stored.title());
        assertEquals("Hot spots first", action(stored, "1.1").description());
        assertEquals(stored.id(), open().id(), "the imported plan is shown");
        assertEquals("Undo import of ‘Fenland plan as imported’", main.undoManager().undoLabelProperty().get());

        undo();
        assertEquals(List.of(sample.title()), titles());
        assertEquals(sample.id(), open().id(), "the plan shown before comes back");

        main.selectedPlanProperty().set(main.plans().get(0));
        redo();
        assertEquals(stored, service.loadPlan(stored.id()), "redo survives the switch of plans that undo made");
        assertEquals(stored.id(), open().id());
    }

    @Test
    void aCorruptFileShowsWhyInTheWizardAndWritesNothing() throws Exception {
        Path bad = folder.resolve("plan.xlsx");
        Files.writeString(bad, "this is not a workbook at all");
        ImportWizardViewModel wizard = new ImportWizardViewModel(bench);
        wizard.open(bad);

        assertEquals(Step.FILE, wizard.stepProperty().get());
        assertTrue(wizard.errorProperty().get().contains("'plan.xlsx' is named .xlsx but is not an Office file"),
                wizard.errorProperty().get());
        assertEquals(1, service.listPlans().size());
        assertFalse(main.undoManager().canUndoProperty().get());
        assertTrue(dialogs.errors.isEmpty(), "the message is shown in the wizard, not in a separate alert");
    }

    @Test
    void aSavedMappingIsLoadedBackAndUsedForThePreview() throws Exception {
        ImportWizardViewModel wizard = new ImportWizardViewModel(bench);
        wizard.open(csv(folder));
        wizard.next();
        int notes = wizard.columns().stream().filter(c -> c.header().equals("Notes")).findFirst().orElseThrow().index();
        wizard.setField(notes, ImportField.OUTCOME);
        Path saved = folder.resolve("mapping.json");
        dialogs.answer(saved);
        wizard.saveMapping();
        assertTrue(Files.readString(saved).contains("OUTCOME"));

        ImportWizardViewModel again = new ImportWizardViewModel(bench);
        again.open(csv(folder));
        again.next();
        again.loadMapping(saved);
        assertEquals(ImportField.OUTCOME, again.columns().get(notes).field());
        again.next();
        assertEquals("Hot spots first", action(again.previewProperty().get().plan(), "1.1").outcome());
    }

    @Test
    void aCspPlannerFileGoesStraightToThePreviewAndComesInAsACopy() throws Exception {
        Path json = folder.resolve("sample.json");
        Files.write(json, new PlanJson().toBytes(SamplePlan.create()));
        ImportWizardViewModel wizard = new ImportWizardViewModel(bench);
        wizard.open(json);
        assertEquals(Step.PREVIEW, wizard.stepProperty().get());
        assertEquals(SamplePlan.create().actionCount(), wizard.previewProperty().get().actions());
        wizard.importPlan();
        assertEquals(2, service.listPlans().size());
    }
}
