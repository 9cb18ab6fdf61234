package org.cspplanner.exporters.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The variations real teams make to the seed layouts. */
class MessyImportTest {

    @TempDir
    Path dir;

    private static ImportPreview preview(Path file) throws ImportException {
        return SeedLayoutImportTest.preview(file);
    }

    @Test
    void ukDatesAreDayFirstAndImpossibleOnesAreReportedNeverSwapped() throws Exception {
        Path file = new WorkbookFixture().sheet("Plan")
                .row("Community Safety Action Plan 2017/18")
                .row("Ref", "Action", "Lead", "Due")
                .row("1", "Refresh the ASB protocol", "Police", "03/04/2018")
                .row("2", "Hold a partners' conference", "ECDC", "31/02/2018")
                .row("3", "Publish the strategic assessment", "CCC", "12/31/2018")
                .row("4", "Agree the new strategy", "ECDC", "March 2026")
                .row("5", "Review the PSPO", "NWLDC", "Q4 2025/26")
                .row("6", "Launch the newsletter", "FDC", LocalDate.of(2018, 1, 15))
                .row("7", "Train the champions", "FDC", "1st September 2017")
                .row("8", "Keep the website current", "FDC", "Ongoing")
                .writeXlsx(dir.resolve("dates.xlsx"));
        ImportPreview preview = preview(file);
        Plan plan = preview.plan();
        assertEquals(DueDate.of(LocalDate.of(2018, 4, 3)), SeedLayoutImportTest.action(plan, "1").due(), "3 April, not 4 March");
        assertNull(SeedLayoutImportTest.action(plan, "2").due());
        assertNull(SeedLayoutImportTest.action(plan, "3").due(), "12/31/2018 is not swapped to US order");
        assertEquals(DueDate.ofMonth(YearMonth.of(2026, 3)), SeedLayoutImportTest.action(plan, "4").due());
        assertEquals(DueDate.ofQuarter(ReportingPeriod.of(2025, 4)), SeedLayoutImportTest.action(plan, "5").due());
        assertEquals(DueDate.of(LocalDate.of(2018, 1, 15)), SeedLayoutImportTest.action(plan, "6").due());
        assertEquals(DueDate.of(LocalDate.of(2017, 9, 1)), SeedLayoutImportTest.action(plan, "7").due());
        assertNull(SeedLayoutImportTest.action(plan, "8").due());
        assertEquals(List.of(
                "Row 4: due date '31/02/2018' is not a valid date: dates are read day first (dd/mm/yyyy) and it was not swapped to US order; left empty",
                "Row 5: due date '12/31/2018' is not a valid date: dates are read day first (dd/mm/yyyy) and it was not swapped to US order; left empty"),
                preview.warnings().stream().map(ImportWarning::display).toList());
    }

    @Test
    void quarterlyUpdateColumnsBecomeUpdatesInThoseQuarters() throws Exception {
        Path file = new WorkbookFixture().sheet("Tracker")
                .row("Wyvern Vale CSP Action Plan 2024/25")
                .row("No.", "Commitment", "Who leads", "Status", "Status RAG", "Q1 update", "Q2 2024/25", "Oct–Dec")
                .row("1.1", "Run monthly ASB case meetings", "Police", "In progress", "On track", "Meetings held", "Two cases closed", "")
                .row("1.2", "Recruit ASB champions", "Rob Mitchell FDC", "", "at risk", "", "Advert out", "Three recruited")
                .row("1.3", "Open a youth cafe", "Housing", "", "Off track", "", "", "")
                .row("1.4", "Refresh the website", "ECDC", "", "Not started", "", "", "")
                .writeXlsx(dir.resolve("tracker.xlsx"));
        ImportPreview preview = preview(file);
        Plan plan = preview.plan();
        ReportingPeriod q1 = ReportingPeriod.of(2024, 1);
        ReportingPeriod q2 = ReportingPeriod.of(2024, 2);
        ReportingPeriod q3 = ReportingPeriod.of(2024, 3);
        Action a11 = SeedLayoutImportTest.action(plan, "1.1");
        assertEquals(List.of(q1, q2), a11.updates().stream().map(Update::period).toList());
        assertEquals(List.of("Meetings held", "Two cases closed"), a11.updates().stream().map(Update::text).toList());
        assertEquals(Rag.GREEN, a11.rag());
        assertEquals(ActionStatus.IN_PROGRESS, a11.status());
        Action a12 = SeedLayoutImportTest.action(plan, "1.2");
        assertEquals(List.of(q2, q3), a12.updates().stream().map(Update::period).toList());
        assertEquals(Rag.AMBER, a12.rag());
        assertEquals(List.of(Lead.officer("Rob Mitchell", "FDC")), a12.leads());
        assertEquals(Rag.RED, SeedLayoutImportTest.action(plan, "1.3").rag());
        assertEquals(ActionStatus.NOT_STARTED, SeedLayoutImportTest.action(plan, "1.4").status());
        assertNull(SeedLayoutImportTest.action(plan, "1.4").rag());
        assertEquals(4, preview.updates());
        assertEquals(ImportField.UPDATE, preview.mapping().columns().get(7).field());
        assertEquals("Q3", preview.mapping().columns().get(7).period(), "the plan year's Q3, so a saved mapping suits every year");
    }

    @Test
    void aSheetPerThemeGivesThemesAndAGlossarySheetGivesTerms() throws Exception {
        Path file = new WorkbookFixture()
                .sheet("Safer streets")
                .row("Action Plan No", "Action", "Lead agency", "Completion date")
                .row("SS1", "Deliver Safer Streets business packs", "ECDC", "31/03/2022")
                .row("SS2", "Introduce Operation Luscombe", "Insp Fasey", "30/09/2021")
                .sheet("Young people")
                .row("Action Plan No", "Action", "Lead agency", "Completion date")
                .row("YP1", "Deliver Firebreak courses", "Delivery Group, Fire Service", "31/03/2022")
                .sheet("Glossary")
                .row("Term", "Meaning")
                .row("PSG", "Problem Solving Group")
                .row("ECDC", "East Cambridgeshire District Council")
                .writeXlsx(dir.resolve("east-cambs-2021-22.xlsx"));
        Plan plan = preview(file).plan();
        assertEquals(List.of("Safer streets", "Young people"), plan.themes().stream().map(Theme::title).toList());
        assertEquals(List.of("SS1", "SS2"), plan.themes().get(0).actions().stream().map(Action::code).toList());
        assertEquals(List.of(Lead.officer("Insp Fasey", "")), SeedLayoutImportTest.action(plan, "SS2").leads());
        assertEquals(List.of(Lead.organisation("Delivery Group"), Lead.organisation("Fire Service")),
                SeedLayoutImportTest.action(plan, "YP1").leads());
        assertEquals(List.of("PSG", "ECDC"), plan.glossary().stream().map(g -> g.term()).toList());
        assertEquals("2021/22", plan.periodLabel());
        assertTrue(plan.organisations().stream().anyMatch(o -> o.name().equals("East Cambridgeshire District Council")));
    }

    @Test
    void anXlsWorkbookWithColourOnlyRagReadsLikeTheXlsx() throws Exception {
        Plan plan = preview(SeedLayoutImportTest.fenland().writeXls(dir.resolve("fenland.xls"))).plan();
        assertEquals(Rag.GREEN, SeedLayoutImportTest.action(plan, "1.2.1").rag());
        assertEquals(Rag.RED, SeedLayoutImportTest.action(plan, "1.2.2").rag());
        assertEquals(3, plan.themes().get(0).actions().size());
        assertEquals(4, plan.glossary().size());
    }

    @Test
    void rowsWithoutATitleAreSkippedWithTheirRowNumber() throws Exception {
        Path file = new WorkbookFixture().sheet("Plan")
                .row("Ref", "Action", "Lead")
                .row("", "", "Police")
                .row("1.1", "Hold a burglary task group", "Police")
                .row("1.2", "", "ECDC")
                .writeXlsx(dir.resolve("gaps.xlsx"));
        ImportPreview preview = preview(file);
        assertEquals(1, preview.actions());
        assertEquals(List.of("Row 2: no action title, skipped", "Row 4: action 1.2 has no title, skipped"),
                preview.warnings().stream().map(ImportWarning::display).toList());
    }

    @Test
    void aCorrectedMappingIsSavedAsJsonAndReusedOnTheNextFile() throws Exception {
        WorkbookFixture quarter = new WorkbookFixture().sheet("Returns")
                .row("Ref", "What we will do", "Who does it", "By when")
                .row("1", "Hold drop-in surgeries", "ECDC Police", "30/06/2021");
        Path first = quarter.writeXlsx(dir.resolve("q1.xlsx"));
        SourceWorkbook read = PlanImporter.read(first, ImportOptions.DEFAULTS, ProgressListener.NONE);
        ColumnMapping detected = HeaderDetector.detect(read.sheets().get(0)).orElseThrow().mapping();
        assertEquals(ImportField.IGNORE, detected.columns().get(2).field(), "'Who does it' is not a known header");
        ColumnMapping corrected = detected.with(2, ImportField.LEADS);
        Path saved = dir.resolve("returns-mapping.json");
        corrected.save(saved);
        ColumnMapping loaded = ColumnMapping.load(saved);
        assertEquals(corrected, loaded);

        Path next = new WorkbookFixture().sheet("Returns")
                .row("Returns for Q2")
                .row("By when", "Ref", "What we will do", "Who does it")
                .row("30/09/2021", "2", "Encourage parish councils to apply for accreditations", "ECDC")
                .writeXlsx(dir.resolve("q2.xlsx"));
        Plan plan = PlanImporter.preview(next, ImportOptions.DEFAULTS.withMapping(loaded), ProgressListener.NONE).plan();
        Action a = SeedLayoutImportTest.action(plan, "2");
        assertEquals("Encourage parish councils to apply for accreditations", a.title());
        assertEquals(List.of(Lead.organisation("ECDC")), a.leads());
        assertEquals(DueDate.of(LocalDate.of(2021, 9, 30)), a.due());
    }

    @Test
    void aWordTableWithABannerRowAndVerticallyMergedAreasCarriesThemDown() throws Exception {
        Path file = dir.resolve("merged.docx");
        try (DocxFixture doc = new DocxFixture()) {
            doc.paragraph("Community Safety Action Plan 2022/23")
                    .table(List.of(
                            List.of("Area of focus", "Commitment", "Lead"),
                            List.of("CSP Priority 1: Understanding risk and vulnerability", "", ""),
                            List.of("Domestic Abuse", "Process all Domestic Homicide Reviews in accordance with legislation", "CSP Chair, ECDC"),
                            List.of(DocxFixture.MERGED_ABOVE, "Apply for the Domestic Abuse Housing Alliance (DAHA) accreditation.", "ECDC Housing and Community Advice Service"),
                            List.of("Scams", "Encourage relevant local organisations to sign up as supporters of CAPASP", "ECDC")))
                    .banner(0, 1, 3)
                    .restartMerge(0, 2, 0)
                    .write(file);
        }
        Plan plan = preview(file).plan();
        assertEquals(List.of("Domestic Abuse", "Scams"), plan.themes().stream().map(Theme::title).toList());
        assertEquals(2, plan.themes().get(0).actions().size());
        assertEquals(List.of(Lead.organisation("CSP Chair"), Lead.organisation("ECDC")), plan.themes().get(0).actions().get(0).leads());
        assertEquals(List.of(Lead.organisation("ECDC Housing and Community Advice Service")),
                plan.themes().get(0).actions().get(1).leads());
    }
}
