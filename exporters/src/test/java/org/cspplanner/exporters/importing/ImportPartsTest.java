package org.cspplanner.exporters.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Rag;
import org.junit.jupiter.api.Test;

/** The small readers the importer is built from: leads, milestones, colours, dates and header words. */
class ImportPartsTest {

    private final LeadParser leads = LeadParser.withOrganisations(List.of("YSP"));

    @Test
    void leadCellsSplitIntoAgenciesAndOfficers() {
        assertEquals(List.of(Lead.officer("Alison Smith", "CCC"), Lead.officer("Rob Mitchell", "FDC")),
                leads.parse("Alison Smith CCC Rob Mitchell FDC"));
        assertEquals(List.of(Lead.officer("Aarron Locks", "FDC"), Lead.officer("Joe Keegan", "CCC")),
                leads.parse("Aarron Locks FDC & Joe Keegan CCC"));
        assertEquals(List.of(Lead.organisation("Fire & Rescue Service")), leads.parse("Fire & Rescue Service"));
        assertEquals(List.of(Lead.officer("Steph Webb", "YSP")), leads.parse("Steph Webb YSP"));
        assertEquals(List.of(Lead.officer("Nicola Fenton", "P&CC")), leads.parse("Nicola Fenton P&CC"));
        assertEquals(List.of(Lead.organisation("Police (Neighbourhood Policing Team)")), leads.parse("Police (Neighbourhood Policing Team)"));
        assertEquals(List.of(Lead.organisation("NWLDC"), Lead.organisation("Police"), Lead.organisation("Fire"),
                Lead.organisation("Turning point")), leads.parse("NWLDC/ Police/ Fire/ Turning point"));
        assertEquals(List.of(Lead.organisation("Police"), Lead.organisation("CDRP"), Lead.organisation("SCDC Housing")),
                leads.parse("Police CDRP SCDC Housing SCDC Housing"));
        assertEquals(List.of(Lead.organisation("SCDC New Communities Team"), Lead.organisation("CF&RS")),
                leads.parse("SCDC New Communities Team CF&RS"));
        assertEquals(List.of(Lead.officer("Elaine Mathews", "")), leads.parse("Elaine Mathews"));
        assertTrue(leads.parse("TBC").isEmpty());
        assertEquals("Rob Mitchell FDC", leads.parse("Rob Mitchell FDC").get(0).display());
    }

    @Test
    void milestoneCellsSplitOnTheirCodesInOrder() {
        List<MilestoneSplitter.Part> parts = MilestoneSplitter.split("1.5a Investigate 95% of reports within 24 hours "
                + "1.5b Remove 94% of abandoned vehicles within 24 hours 1.5c Improve liaison. For more on actions 1.5a and 1.5b see the plan");
        assertEquals(List.of("1.5a", "1.5b", "1.5c"), parts.stream().map(MilestoneSplitter.Part::code).toList());
        assertEquals("Improve liaison. For more on actions 1.5a and 1.5b see the plan", parts.get(2).text());
        assertEquals(List.of(new MilestoneSplitter.Part("", "See Action 2.1 for more information")),
                MilestoneSplitter.split("See Action 2.1 for more information"));
    }

    @Test
    void fillColoursReadAsRagByHue() {
        assertEquals(Optional.of(Rag.RED), RagColours.classify("#FF0000"));
        assertEquals(Optional.of(Rag.RED), RagColours.classify("#C62828"));
        assertEquals(Optional.of(Rag.AMBER), RagColours.classify("#FFC000"));
        assertEquals(Optional.of(Rag.AMBER), RagColours.classify("#FFFF00"));
        assertEquals(Optional.of(Rag.GREEN), RagColours.classify("#00B050"));
        assertEquals(Optional.of(Rag.GREEN), RagColours.classify("#92D050"));
        assertEquals(Optional.empty(), RagColours.classify("#FFFFFF"));
        assertEquals(Optional.empty(), RagColours.classify("#D9D9D9"));
        assertEquals(Optional.empty(), RagColours.classify("#4472C4"));
    }

    @Test
    void datesWithoutAYearTakeItFromThePlanYear() {
        FinancialYear fy = new FinancialYear(2017);
        assertEquals("2017-09-01", UkDates.parse("1 Sept", fy).date().iso());
        assertEquals("2018-03-31", UkDates.parse("31 March", fy).date().iso());
        assertEquals("2018-03-31", UkDates.parse("by 31 March 2018", fy).date().iso());
        assertEquals("2018-03", UkDates.parse("Mar-18", fy).date().iso());
    }

    @Test
    void headerWordsFromRealPlansMapToTheirFields() {
        assertEquals(ImportField.LEADS, ImportField.guess("Lead CDRP agency").field());
        assertEquals(ImportField.LEADS, ImportField.guess("Lead Officer and Organisation").field());
        assertEquals(ImportField.LEADS, ImportField.guess("Who leads").field());
        assertEquals(ImportField.LEADS, ImportField.guess("Responsible").field());
        assertEquals(ImportField.PARTNERS, ImportField.guess("Other partners").field());
        assertEquals(ImportField.DUE, ImportField.guess("Date completed by").field());
        assertEquals(ImportField.RAG, ImportField.guess("Progress (RAG)").field());
        assertEquals(ImportField.PROGRESS, ImportField.guess("Progress narrative / Risk").field());
        assertEquals(ImportField.CODE, ImportField.guess("Action Plan No").field());
        assertEquals(ImportField.OUTCOME, ImportField.guess("Intended Outcome").field());
        assertEquals(ImportField.THEME, ImportField.guess("Area of focus").field());
        assertEquals(ImportField.MILESTONES, ImportField.guess("Project").field());
        assertEquals("Q1 2024/25", ImportField.guess("Apr–Jun 2024").period());
        assertEquals("Q1", ImportField.guess("Q1 update").period());
        assertEquals(ImportField.UPDATE, ImportField.guess("Updates").field());
    }
}
