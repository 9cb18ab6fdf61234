package org.cspplanner.exporters.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.TestPlans;
import org.cspplanner.exporters.document.Block;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.exporters.document.Heading;
import org.cspplanner.exporters.document.Paragraph;
import org.cspplanner.exporters.document.RagKey;
import org.cspplanner.exporters.document.Row;
import org.cspplanner.exporters.document.Table;
import org.cspplanner.model.Plan;
import org.junit.jupiter.api.Test;

class LayoutsTest {

    private static ExportDocument render(String layout) {
        return Layouts.byName(layout).render(TestPlans.fenland(), ExportOptions.of(layout, TestPlans.Q4));
    }

    @Test
    void thereAreSixNamedLayouts() {
        assertEquals(List.of("prevention-plan", "area-of-focus", "rolling-plan", "delivery-plan",
                "action-plan-matrix", "custom"), Layouts.names());
    }

    @Test
    void anUnknownLayoutNamesTheValidOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Layouts.byName("board-pack"));
        assertEquals("Unknown layout 'board-pack': expected one of prevention-plan, area-of-focus, rolling-plan, "
                + "delivery-plan, action-plan-matrix, custom", e.getMessage());
    }

    @Test
    void preventionPlanShowsThePreviousAndChosenQuartersUpdatesSideBySide() {
        Table t = render("prevention-plan").tables().get(0);
        assertEquals(List.of("Action", "Detail", "Updates Q3 2014/15", "Updates Q4 2014/15", "Progress (RAG)"),
                t.columns().stream().map(c -> c.header()).toList());
        assertTrue(t.rows().get(0).cells().get(3).text().startsWith("Year end: 1.2.1 reviewed by the board."));
    }

    @Test
    void areaOfFocusIsWrittenOnlyOnTheFirstRowOfItsGroup() {
        Table t = render("area-of-focus").tables().get(0);
        List<Row> rows = t.rows();
        assertEquals(2, rows.get(0).cells().get(0).rowSpan());
        assertTrue(rows.get(1).cells().get(0).continuation());
        assertEquals(1, rows.get(2).cells().get(0).rowSpan());
        assertFalse(rows.get(2).cells().get(0).continuation());
    }

    @Test
    void rollingPlanAsksItsQuestionsBeforeTheTableAndListsMilestonesInTheRow() {
        ExportDocument doc = render("rolling-plan");
        List<String> questions = doc.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .map(Paragraph::label).filter(l -> !l.isEmpty()).toList();
        assertEquals(5, questions.size());
        assertEquals("Why is this a priority?", questions.get(0));
        Table violence = doc.tables().get(2);
        assertEquals("• V01a Deliver Kayleigh's Love Story screenings\n• V01b Brief front-line staff on CSE indicators",
                violence.rows().get(0).cells().get(2).text());
    }

    @Test
    void deliveryPlanPutsTheRagKeyAboveTheTablesAndOneRowPerProject() {
        ExportDocument doc = render("delivery-plan");
        int key = indexOf(doc.blocks(), RagKey.class);
        int firstTable = indexOf(doc.blocks(), Table.class);
        assertTrue(key >= 0 && key < firstTable);
        Table theme1 = doc.tables().get(0);
        assertEquals(5, theme1.rows().size());
        assertEquals(3, theme1.rows().get(1).cells().get(0).rowSpan());
    }

    @Test
    void actionPlanMatrixShowsEverySectionUnderEveryPriorityAndSaysNoActionSet() {
        ExportDocument doc = render("action-plan-matrix");
        long sectionHeadings = doc.blocks().stream().filter(b -> b instanceof Heading h && h.level() == 3).count();
        assertEquals(3 * 4, sectionHeadings);
        Table empty = doc.tables().stream().filter(t -> t.section().startsWith("Section 4")).findFirst().orElseThrow();
        assertEquals("No Action set", empty.rows().get(0).cells().get(0).text());
        assertTrue(empty.rows().get(0).placeholder());
    }

    @Test
    void customLayoutIsReadFromThePlanSettings() {
        Table t = render("custom").tables().get(0);
        assertEquals(List.of("Ref", "Action", "Lead", "Progress (RAG)"), t.columns().stream().map(c -> c.header()).toList());
    }

    @Test
    void customLayoutSurvivesItsJsonForm() {
        CustomLayout layout = new CustomLayout(List.of(CustomColumn.CODE, CustomColumn.PREVIOUS_UPDATE, CustomColumn.RAG),
                CustomLayout.Grouping.SECTION, CustomLayout.SortOrder.RAG);
        assertEquals(layout, CustomLayout.fromJson(layout.toJson()));
        Plan saved = layout.saveIn(TestPlans.fenland());
        assertEquals(layout, CustomLayout.savedIn(saved));
    }

    @Test
    void customLayoutSortsByRagWorstFirst() {
        CustomLayout byRag = new CustomLayout(List.of(CustomColumn.CODE, CustomColumn.RAG),
                CustomLayout.Grouping.NONE, CustomLayout.SortOrder.RAG);
        ExportDocument doc = Layouts.byName("custom").render(TestPlans.fenland(),
                ExportOptions.of("custom", TestPlans.Q4).withCustom(byRag));
        List<String> rags = doc.tables().get(0).rows().stream().map(r -> r.cells().get(1).text()).toList();
        assertEquals(List.of("Red", "Red", "Amber", "Amber", "Green", "Green", "Green", "Green"), rags);
    }

    @Test
    void aDamagedCustomLayoutIsRefusedWithAReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> CustomLayout.fromJson("{\"columns\":[\"colour\"]}"));
        assertEquals("Unknown column 'colour'", e.getMessage());
    }

    @Test
    void codesSortAsPeopleReadThem() {
        assertTrue(CodeOrder.INSTANCE.compare("1.2", "1.10") < 0);
        assertTrue(CodeOrder.INSTANCE.compare("ASB2", "ASB10") < 0);
    }

    private static int indexOf(List<Block> blocks, Class<?> type) {
        for (int i = 0; i < blocks.size(); i++) {
            if (type.isInstance(blocks.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
