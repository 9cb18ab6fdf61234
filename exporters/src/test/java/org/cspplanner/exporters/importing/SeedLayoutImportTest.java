package org.cspplanner.exporters.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cspplanner.exporters.importing.WorkbookFixture.Filled;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports files shaped like each seed plan's action table, built from the seeds' own rows, and checks every field. */
class SeedLayoutImportTest {

    static final String GREEN = "#00B050";
    static final String AMBER = "#FFC000";
    static final String RED = "#FF0000";

    @TempDir
    Path dir;

    static ImportPreview preview(Path file) throws ImportException {
        return PlanImporter.preview(file, ImportOptions.DEFAULTS, ProgressListener.NONE);
    }

    static Action action(Plan plan, String code) {
        return plan.actions().filter(a -> a.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError("no " + code));
    }

    static Action titled(Plan plan, String titleStart) {
        return plan.actions().filter(a -> a.title().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + titleStart));
    }

    /** Seed 003, Fenland: title rows, theme banners, one action over several project rows, colour-only RAG, glossary sheet. */
    static WorkbookFixture fenland() {
        return new WorkbookFixture().sheet("Delivery plan")
                .row("Fenland Community Safety Partnership")
                .row("Partnership delivery plan")
                .row("01 April 2014 – 31 March 2015")
                .row()
                .row("Action Plan No", "Action", "Outcome", "Project", "Target", "Lead Officer and Organisation",
                        "Progress narrative / Risk", "Progress (RAG)")
                .row("Theme 1 – Monitor & improve public confidence").mergeLastRowAcross(8)
                .row("1.2.1", "Create opportunities to gather and monitor feedback from the community",
                        "Fenland residents are given the opportunity to feedback on the work of the Community Safety Partnership",
                        "Create positive messages to be circulated through Fenland communities focussing on negatives highlighted by surveys and social media Fenland locations.",
                        "Development of a questionnaire / survey to gain more specific feedback", "Rob Mitchell FDC",
                        "Questionnaire drafted with the Research Group.", new Filled(null, GREEN))
                .row("1.2.2", "Public satisfaction after a Community Action Area (CAA) project",
                        "Fenland residents feedback on the work of the Community Safety Partnership on the work carried out on the identified CAA",
                        "Develop and deliver strategies to reduce incidents in identified areas and reduce the impact on residents after partnership intervention",
                        "Tailored to the type of crime & disorder and community impact", "Rob Mitchell FDC",
                        "CAA identified in Waterlees.", new Filled(null, AMBER))
                .row(null, null, null, null, null, "Aarron Locks FDC",
                        "CCTV unit sourced and waiting install at location once assessments and agreements have been approved. Project to carry over.",
                        new Filled(null, RED))
                .row(null, null, null, null, null, "Sgt Ben Di-Meo",
                        "The Waterlees dispersal order started on the 22/08/2014, it stayed in force until 18/01/2015.",
                        new Filled(null, GREEN))
                .row("1.2.3", "Support and reaction to identified High risk victims of ASB",
                        "Appropriate support to identified victims of ASB leading to reduction of risk in line with the PSG SLA",
                        "Improved identification of High risk victims using the use of the Risk assessment matrix",
                        "Case conference / partner actions for high risk victim within 5 days Target 85% 81%", "Rob Mitchell FDC",
                        "21 identified High risk victims.", "G")
                .row(null, null, null, "Planned interventions against identified individuals",
                        "Risk of harm removed from High risk to Medium victims in 7days Target 85% 71%")
                .row("Theme 2 – Delivery of prevention and awareness projects to Fenland communities").mergeLastRowAcross(8)
                .row("2.2.4", "Develop and deliver crime project to support residents and business suffering identified crime types",
                        "Support and interventions delivered to identified vulnerable groups being targeted in Fenland communities",
                        "Develop and deliver a projects in Fenland communities to promote hard targeting",
                        "Key messages delivered to identified Fenland communities Engagement events Q4 – 8", "Julie Hanrahan Police",
                        "Events held in Wisbech and March.", "Amber")
                .row(null, null, null, "Continue to monitor and support the FEN-BAC scheme show development as required",
                        "Increased membership Satisfaction levels", "Aarron Locks FDC",
                        "SIRCS membership has increased to 215.", "green")
                .row("3.2.2", "Partnership support to improve Together For Families referrals reducing the impact on services to an identified cohort",
                        "Awareness improved of the TFF and FIP referral process leading to increased numbers on the scheme",
                        "Develop processes and awareness of the referral pathways to all partners that work out in the community",
                        "Increase referrals with ASB / Crime marker", "Alison Smith CCC Rob Mitchell FDC",
                        "Phase 2 in development.", "Complete")
                .sheet("Glossary")
                .row("ABCs", "Acceptable Behaviour Contract")
                .row("FDC", "Fenland District Council")
                .row("P&CC", "Office of the Police & Crime Commissioner")
                .row("YSP", "Youth Service Providers – Community outreach team");
    }

    @Test
    void fenlandDeliveryPlanComesAcrossFieldByField() throws Exception {
        ImportPreview preview = preview(fenland().writeXlsx(dir.resolve("fenland-2014-15.xlsx")));
        Plan plan = preview.plan();

        assertEquals("Fenland Community Safety Partnership", plan.title());
        assertEquals(LocalDate.of(2014, 4, 1), plan.periodStart());
        assertEquals(LocalDate.of(2015, 3, 31), plan.periodEnd());
        assertEquals(List.of("Theme 1 – Monitor & improve public confidence",
                "Theme 2 – Delivery of prevention and awareness projects to Fenland communities"),
                plan.themes().stream().map(Theme::title).toList());
        assertEquals(List.of("1.2.1", "1.2.2", "1.2.3"), plan.themes().get(0).actions().stream().map(Action::code).toList());
        assertEquals(5, preview.actions());
        assertEquals(7, preview.milestones());

        ReportingPeriod q4 = ReportingPeriod.of(2014, 4);
        Action a121 = action(plan, "1.2.1");
        assertEquals("Create opportunities to gather and monitor feedback from the community", a121.title());
        assertEquals("Fenland residents are given the opportunity to feedback on the work of the Community Safety Partnership",
                a121.outcome());
        assertEquals(List.of(Lead.officer("Rob Mitchell", "FDC")), a121.leads());
        assertEquals(Rag.GREEN, a121.rag(), "RAG from the cell's fill colour alone");
        assertEquals(ActionStatus.IN_PROGRESS, a121.status());
        Milestone project = a121.milestones().get(0);
        assertTrue(project.text().startsWith("Create positive messages"));
        assertEquals("Development of a questionnaire / survey to gain more specific feedback", project.target());
        assertEquals(Lead.officer("Rob Mitchell", "FDC"), project.lead());
        assertEquals(Rag.GREEN, project.rag());
        Update update = a121.updates().get(0);
        assertEquals(q4, update.period());
        assertEquals("Questionnaire drafted with the Research Group.", update.text());
        assertEquals(Rag.GREEN, update.rag());

        Action a122 = action(plan, "1.2.2");
        assertEquals(List.of(Lead.officer("Rob Mitchell", "FDC"), Lead.officer("Aarron Locks", "FDC"),
                Lead.officer("Sgt Ben Di-Meo", "")), a122.leads());
        assertEquals(Rag.RED, a122.rag(), "the worst of its rows' colours");
        assertEquals(1, a122.milestones().size());
        assertEquals(1, a122.updates().size());
        assertTrue(a122.updates().get(0).text().contains("Project to carry over."));
        assertTrue(a122.updates().get(0).text().contains("22/08/2014"));

        Action a123 = action(plan, "1.2.3");
        assertEquals(List.of("Improved identification of High risk victims using the use of the Risk assessment matrix",
                "Planned interventions against identified individuals"), a123.milestones().stream().map(Milestone::text).toList());
        assertEquals("Risk of harm removed from High risk to Medium victims in 7days Target 85% 71%", a123.milestones().get(1).target());
        assertNull(a123.milestones().get(1).lead());
        assertEquals(Rag.GREEN, a123.rag());

        Action a224 = action(plan, "2.2.4");
        assertEquals(List.of(Lead.officer("Julie Hanrahan", "Police"), Lead.officer("Aarron Locks", "FDC")), a224.leads());
        assertEquals(Rag.AMBER, a224.rag());
        assertEquals(Lead.officer("Aarron Locks", "FDC"), a224.milestones().get(1).lead());
        assertEquals(Rag.GREEN, a224.milestones().get(1).rag());

        Action a322 = action(plan, "3.2.2");
        assertEquals(List.of(Lead.officer("Alison Smith", "CCC"), Lead.officer("Rob Mitchell", "FDC")), a322.leads());
        assertEquals(ActionStatus.COMPLETE, a322.status());
        assertNull(a322.rag());

        assertEquals(4, plan.glossary().size());
        assertEquals("Fenland District Council", plan.glossary().get(1).definition());
        assertTrue(plan.organisations().stream().anyMatch(o -> o.shortName().equals("FDC") && o.name().equals("Fenland District Council")));
        assertTrue(plan.officers().stream().anyMatch(o -> o.name().equals("Rob Mitchell") && o.organisation().equals("FDC")));
        assertEquals(5, preview.mapping().headerRow());
        assertEquals(ImportField.RAG, preview.mapping().columns().get(7).field());
        assertEquals(ImportField.MILESTONES, preview.mapping().columns().get(3).field());
        assertTrue(preview.warnings().isEmpty(), preview.warnings().toString());
    }

    /** Seed 001, East Cambridgeshire: area of focus filled only on the first row of each group. */
    static WorkbookFixture eastCambs() {
        return new WorkbookFixture().sheet("Action Plan")
                .row("EAST CAMBRIDGESHIRE COMMUNITY SAFETY PARTNERSHIP (ECCSP)")
                .row("Action Plan 2021-2022")
                .row("Area of focus", "Commitment", "Lead")
                .row("Community Engagement", "Obtain a comprehensive picture of community safety matters across the district and understand the community safety needs, concerns and desires of East Cambs communities", "ECDC")
                .row("", "Develop an engagement plan that informs how the Council will engage with communities to understand local community safety matters", "ECDC")
                .row("", "To utilise networks, partnerships and platforms (such as ECINS) to share solutions to community safety issues", "All")
                .row("", "Gather feedback and intelligence from the community and partners on community safety related matters to inform data sets", "CCC Research Group, ECDC, Police")
                .row("Cyber Crime", "Produce a cyber-bullying toolkit to be used as a signposting resource", "ECDC")
                .row("Young People", "Understand community safety issues impacting local young people through community engagement", "ECDC, Young People's Task and Finish Group")
                .row("ASB", "The full range of appropriate responses to anti-social behaviour should be utilised.", "Police Housing ECDC")
                .row("", "Protect the welfare of tenants and their families, including both the victims and perpetrators of anti-social behaviour.", "Police Housing")
                .row("Communication", "Development and issuing of quarterly CSP newsletter", "ECDC Chair")
                .row("Fire Safety", "CSP to explore opportunities to work with the fire service in locations where safe and well visits have recently been declined", "");
    }

    @Test
    void eastCambsGroupedRowsKeepTheirAreaOfFocusAndSplitLeads() throws Exception {
        Plan plan = preview(eastCambs().writeXlsx(dir.resolve("east-cambs.xlsx"))).plan();
        assertEastCambs(plan);
    }

    static void assertEastCambs(Plan plan) {
        assertEquals("EAST CAMBRIDGESHIRE COMMUNITY SAFETY PARTNERSHIP (ECCSP)", plan.title());
        assertEquals("2021/22", plan.periodLabel());
        assertEquals(List.of("Community Engagement", "Cyber Crime", "Young People", "ASB", "Communication", "Fire Safety"),
                plan.themes().stream().map(Theme::title).toList());
        assertEquals(List.of(4, 1, 1, 2, 1, 1), plan.themes().stream().map(t -> t.actions().size()).toList());
        assertEquals(List.of(Lead.organisation("CCC Research Group"), Lead.organisation("ECDC"), Lead.organisation("Police")),
                titled(plan, "Gather feedback").leads());
        assertEquals(List.of(Lead.organisation("Police"), Lead.organisation("Housing"), Lead.organisation("ECDC")),
                titled(plan, "The full range").leads());
        assertEquals(List.of(Lead.organisation("Police"), Lead.organisation("Housing")), titled(plan, "Protect the welfare").leads());
        assertEquals(List.of(Lead.organisation("ECDC"), Lead.organisation("Young People's Task and Finish Group")),
                titled(plan, "Understand community safety").leads());
        assertEquals(List.of(Lead.organisation("ECDC Chair")), titled(plan, "Development and issuing").leads());
        assertEquals(List.of(Lead.organisation("All")), titled(plan, "To utilise networks").leads());
        assertTrue(titled(plan, "CSP to explore").leads().isEmpty());
        assertEquals(ActionStatus.NOT_STARTED, titled(plan, "CSP to explore").status());
        assertEquals("", titled(plan, "CSP to explore").code());
    }

    @Test
    void mergedAreaOfFocusCellsMeanSameAsAbove() throws Exception {
        WorkbookFixture merged = eastCambs().merge(3, 6, 0, 0).merge(9, 10, 0, 0);
        Plan plan = preview(merged.writeXlsx(dir.resolve("east-cambs-merged.xlsx"))).plan();
        assertEastCambs(plan);
    }

    @Test
    void eastCambsAsUtf8WithBomAndTabsReadsTheSame() throws Exception {
        StringBuilder tsv = new StringBuilder("\uFEFF");
        tsv.append("EAST CAMBRIDGESHIRE COMMUNITY SAFETY PARTNERSHIP (ECCSP)\n").append("Action Plan 2021-2022\n")
                .append("Area of focus\tCommitment\tLead\n")
                .append("Young People\tUnderstand community safety issues impacting local young people\t\"ECDC, Young People’s Task and Finish Group\"\n")
                .append("\tSupporting the implementation of the ECDC Youth Strategy and Action Plan\tAll\n")
                .append("ASB\t\"Seek to identify and support local preventive projects,\nusing innovative approaches\"\tAll, PSG\n");
        Path file = dir.resolve("east-cambs.csv");
        Files.writeString(file, tsv, StandardCharsets.UTF_8);
        ImportPreview preview = preview(file);
        Plan plan = preview.plan();
        assertEquals("2021/22", plan.periodLabel());
        assertEquals(List.of("Young People", "ASB"), plan.themes().stream().map(Theme::title).toList());
        assertEquals(List.of(Lead.organisation("ECDC"), Lead.organisation("Young People’s Task and Finish Group")),
                titled(plan, "Understand").leads());
        assertEquals("Seek to identify and support local preventive projects,\nusing innovative approaches",
                plan.themes().get(1).actions().get(0).title());
        assertEquals(List.of(Lead.organisation("All"), Lead.organisation("PSG")), plan.themes().get(1).actions().get(0).leads());
        assertTrue(preview.notes().stream().anyMatch(n -> n.contains("UTF-8 (with BOM)") && n.contains("tabs")), preview.notes().toString());
    }

    @Test
    void littleportCsvInWindows1252WithSemicolonsGivesUpdatesInQuarters() throws Exception {
        String csv = "Littleport Prevention Plan 2019-20\r\n"
                + "Action;Detail;Updates;Updates\r\n"
                + "Community resilience and relationships;Littleport Village coordinator – At the start of this campaign we need to underline the very good work of the Parish Council (£250 grant);Parish council briefed;\r\n"
                + "Community event;\"We will hold a series of very high visibility community events; Parish will lead on community events\";;Two events held – 40 residents\r\n"
                + "Community meeting;We will hold a follow up community meeting in Littleport for the purposes of updating residents. (date to be confirmed);;\r\n";
        Path file = dir.resolve("littleport.csv");
        Files.write(file, csv.getBytes(CsvGridReader.WINDOWS_1252));
        ImportPreview preview = preview(file);
        Plan plan = preview.plan();
        assertEquals("Littleport Prevention Plan 2019-20", plan.title());
        assertEquals("2019/20", plan.periodLabel());
        assertEquals(3, plan.actionCount());
        Action first = titled(plan, "Community resilience");
        assertEquals("Littleport Village coordinator – At the start of this campaign we need to underline the very good work "
                + "of the Parish Council (£250 grant)", first.description());
        assertEquals(1, first.updates().size());
        assertEquals(ReportingPeriod.of(2019, 1), first.updates().get(0).period());
        assertEquals("Parish council briefed", first.updates().get(0).text());
        Action event = titled(plan, "Community event");
        assertEquals("We will hold a series of very high visibility community events; Parish will lead on community events",
                event.description());
        assertEquals(ReportingPeriod.of(2019, 2), event.updates().get(0).period());
        assertEquals("Two events held – 40 residents", event.updates().get(0).text());
        assertTrue(titled(plan, "Community meeting").updates().isEmpty());
        assertEquals(2, preview.updates());
        assertTrue(preview.notes().stream().anyMatch(n -> n.contains("Windows-1252") && n.contains("semicolons")));
    }

    /** Seed 004, North West Leicestershire: "Action" heads a code and a title column; priority and section banners. */
    static WorkbookFixture northWestLeics() {
        return new WorkbookFixture().sheet("Action plan")
                .row("Safer North West Leicestershire Action Plan 2017/18")
                .row("Action", "Action", "Intended Outcome", "Lead agency", "Possible barriers", "Completion date").merge(1, 1, 0, 1)
                .row("Priority- Protect those that live, work and visit the District from the effects of violence.").mergeLastRowAcross(6)
                .row("Section 1-To make our community safer for residents, communities, business and visitors").mergeLastRowAcross(6)
                .row("V01", "Continue to develop CSE awareness.", "Raised awareness of the positive work of Kayleigh's Love Story. The community are aware of the risks", "NWLDC", "Nil", "31 March 2018")
                .row("Section 2-To support and protect all those who are vulnerable within our community").mergeLastRowAcross(6)
                .row("V02", "Add capacity to support victim's witnesses and secondary victims of Domestic abuse.", "An increased level of support on offer to help witnesses and secondary victims of DA.", "UAVA NWLDC", "Cost and capacity of staff will be a limiting factor", "31 March 2018")
                .row("V04", "Train front line staff and partners on the toxic trio.", "Increase awareness of the 'toxic trio'.", "NWLDC/ Police", "Will require the cross training of professionals", LocalDate.of(2018, 3, 31))
                .row("Section 5-Reducing offending/Re offending").mergeLastRowAcross(6)
                .row("No Action set")
                .row("Priority- Increasing community confidence by effectively addressing Anti-social behaviour and its causes.").mergeLastRowAcross(6)
                .row("Section 2-To support and protect all those who are vulnerable within our community").mergeLastRowAcross(6)
                .row("ASB05", "Improved management of expectations. Provide written information on ASB to victims in an accessible format.", "Increase satisfaction by helping to clarify process, outcomes and resolutions.", "All", "", "31 March")
                .row("ASB06", "Provide mediation across services to tackle cases where no formal interventions are required.", "Provide improved outcomes for the lower level neighbour/civil disputes.", "NWLDC", "Sustainability of service/cost", "1 Sept 2017");
    }

    @Test
    void northWestLeicsSplitsCodeFromTitleAndReadsBannersAndUkDates() throws Exception {
        ImportPreview preview = preview(northWestLeics().writeXlsx(dir.resolve("nwl.xlsx")));
        Plan plan = preview.plan();
        assertEquals("2017/18", plan.periodLabel());
        assertEquals(List.of("Priority- Protect those that live, work and visit the District from the effects of violence.",
                "Priority- Increasing community confidence by effectively addressing Anti-social behaviour and its causes."),
                plan.themes().stream().map(Theme::title).toList());
        assertEquals(List.of("V01", "V02", "V04"), plan.themes().get(0).actions().stream().map(Action::code).toList());
        assertEquals(3, plan.strategicSections().size());
        assertEquals("To support and protect all those who are vulnerable within our community", plan.strategicSections().get(1).title());
        assertEquals("2", plan.strategicSections().get(1).code());

        Action v01 = action(plan, "V01");
        assertEquals("Continue to develop CSE awareness.", v01.title());
        assertEquals("Nil", v01.barriers());
        assertEquals(DueDate.of(LocalDate.of(2018, 3, 31)), v01.due());
        assertEquals(plan.strategicSections().get(0).id(), v01.sectionId());
        assertEquals(List.of(Lead.organisation("UAVA"), Lead.organisation("NWLDC")), action(plan, "V02").leads());
        Action v04 = action(plan, "V04");
        assertEquals(List.of(Lead.organisation("NWLDC"), Lead.organisation("Police")), v04.leads());
        assertEquals(DueDate.of(LocalDate.of(2018, 3, 31)), v04.due(), "an Excel date cell");
        Action asb05 = action(plan, "ASB05");
        assertEquals(DueDate.of(LocalDate.of(2018, 3, 31)), asb05.due(), "'31 March' takes its year from the plan");
        assertEquals(action(plan, "V02").sectionId(), asb05.sectionId(), "sections are shared across priorities");
        assertEquals(DueDate.of(LocalDate.of(2017, 9, 1)), action(plan, "ASB06").due());
        assertEquals(DueDate.Precision.DAY, action(plan, "ASB06").due().precision());
        assertEquals(1, preview.warnings().size(), preview.warnings().toString());
        assertTrue(preview.warnings().get(0).display().contains("'31 March' has no year"), preview.warnings().toString());
        assertEquals(ImportField.CODE, preview.mapping().columns().get(0).field());
        assertEquals(ImportField.TITLE, preview.mapping().columns().get(1).field());
    }

    /** Seed 002, South Cambridgeshire: a Word rolling plan whose milestones cells list 1.1a, 1.1b ... */
    static Path southCambsDocx(Path file) throws Exception {
        List<String> header = List.of("Number", "Action", "Milestones", "Lead CDRP agency", "Other partners");
        try (DocxFixture doc = new DocxFixture()) {
            doc.paragraph("DRAFT")
                    .paragraph("South Cambridgeshire Crime & Disorder")
                    .paragraph("Reduction Partnership")
                    .paragraph("Rolling Plan April 2009 to March 2012")
                    .heading("Priority 1: Action plan for reducing anti-social behaviour in the District")
                    .table(List.of(header,
                            List.of("1.1", "Make use of available powers including warning letters, acceptable behaviour contracts, tenancy agreements contracts and ASBOs",
                                    "1.1a Monthly multi-agency information sharing meeting held 1.1b Apply a problem-solving approach to reports of anti-social behaviour 1.1c Revised CDRP ASB strategy in place 1.1d Investigate setting up an intensive family support program",
                                    "Police", "Fire & Rescue Service, SCDC, Youth Service and Parish Councils"),
                            List.of("1.3", "Improve responsiveness of graffiti removal service",
                                    "1.3a Work with Probation Service Community Service Team to clean affected areas\n1.3b Improve reporting and management procedures for graffiti service",
                                    "SCDC Health & Environmental Services", "Probation Service")))
                    .paragraph("DRAFT: South Cambridgeshire CDRP Rolling Plan 2009–2012")
                    .table(List.of(header,
                            List.of("", "", "1.3c Seek to increase capacity of the service\n1.3d Make graffiti removal kits available for Parish Councils to use\nFor more information on actions 1.3a to 1.3d see SCDC Environmental Health Service Plan 2009–10", "", "")))
                    .heading("Priority 2: Action plan for reducing reoffending in the District")
                    .table(List.of(header,
                            List.of("2.2", "Improve housing provision for ex-offenders",
                                    "2.2a Investigate the feasibility of setting up a Rent Deposit Scheme for PPOs\n2.2b Establish a dialogue between partners to set up a Cambridgeshire Offender Accommodation Forum",
                                    "Police\nSCDC Housing", "")))
                    .heading("Section 6: Glossary")
                    .table(List.of(List.of("ASB", "Anti Social Behaviour"), List.of("CDRP", "Crime and Disorder Reduction Partnership")))
                    .write(file);
        }
        return file;
    }

    @Test
    void southCambsWordPlanSplitsMilestonesAndFollowsTablesAcrossPages() throws Exception {
        ImportPreview preview = preview(southCambsDocx(dir.resolve("south-cambs.docx")));
        Plan plan = preview.plan();
        assertEquals("South Cambridgeshire Crime & Disorder", plan.title());
        assertEquals(LocalDate.of(2009, 4, 1), plan.periodStart());
        assertEquals(LocalDate.of(2012, 3, 31), plan.periodEnd());
        assertEquals(List.of("Priority 1: Action plan for reducing anti-social behaviour in the District",
                "Priority 2: Action plan for reducing reoffending in the District"), plan.themes().stream().map(Theme::title).toList());

        Action a11 = action(plan, "1.1");
        assertEquals(List.of("1.1a", "1.1b", "1.1c", "1.1d"), a11.milestones().stream().map(Milestone::code).toList());
        assertEquals("Apply a problem-solving approach to reports of anti-social behaviour", a11.milestones().get(1).text());
        assertEquals("Investigate setting up an intensive family support program", a11.milestones().get(3).text());
        assertEquals(List.of(Lead.organisation("Police")), a11.leads());
        assertEquals(List.of("Fire & Rescue Service", "SCDC", "Youth Service and Parish Councils"), a11.partners());

        Action a13 = action(plan, "1.3");
        assertEquals(List.of("1.3a", "1.3b", "1.3c", "1.3d"), a13.milestones().stream().map(Milestone::code).toList());
        assertTrue(a13.milestones().get(3).text().startsWith("Make graffiti removal kits available for Parish Councils to use"));
        assertTrue(a13.milestones().get(3).text().contains("For more information on actions 1.3a to 1.3d"));
        assertEquals(List.of(Lead.organisation("SCDC Health & Environmental Services")), a13.leads());
        assertEquals(List.of("Probation Service"), a13.partners());

        Action a22 = action(plan, "2.2");
        assertEquals(Lead.organisation("Police"), a22.milestones().get(0).lead());
        assertEquals(Lead.organisation("SCDC Housing"), a22.milestones().get(1).lead());
        assertEquals(List.of(Lead.organisation("Police"), Lead.organisation("SCDC Housing")), a22.leads());

        assertEquals(10, preview.milestones());
        assertEquals(2, plan.glossary().size());
        assertEquals("Crime and Disorder Reduction Partnership", plan.glossary().get(1).definition());
        assertTrue(preview.warnings().isEmpty(), preview.warnings().toString());
    }
}
