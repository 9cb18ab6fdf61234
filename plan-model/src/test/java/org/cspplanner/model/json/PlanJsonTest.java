package org.cspplanner.model.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.cspplanner.model.FullPlan;
import org.cspplanner.model.Plan;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

    private final PlanJson json = new PlanJson();

    @Test
    void exportThenImportGivesTheSamePlan() throws Exception {
        Plan plan = FullPlan.create();
        assertEquals(plan, json.fromBytes(json.toBytes(plan)));
    }

    @Test
    void exportImportExportGivesTheSameDocument() throws Exception {
        byte[] first = json.toBytes(FullPlan.create());
        byte[] second = json.toBytes(json.fromBytes(first));
        assertArrayEquals(first, second);
    }

    @Test
    void theDocumentUsesThePublishedFieldNames() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(json.toBytes(FullPlan.create()));
        assertEquals("csp-plan", doc.get("format").asText());
        assertEquals(1, doc.get("version").asInt());
        assertEquals("Fenland CSP Partnership delivery plan 2014-15", doc.at("/plan/title").asText());
        assertEquals("2014-04-01", doc.at("/plan/periodStart").asText());
        assertEquals("2015-03-31", doc.at("/plan/periodEnd").asText());
        JsonNode action = doc.at("/themes/0/actions/0");
        assertEquals("1", doc.at("/themes/0/code").asText());
        assertEquals("1.2.3", action.get("code").asText());
        assertEquals("Support and reaction to identified high-risk victims of ASB", action.get("title").asText());
        assertTrue(action.get("description").asText().startsWith("Improved identification"));
        assertTrue(action.get("outcome").asText().contains("\n"));
        assertEquals("Rob Mitchell", action.at("/leads/0/officer").asText());
        assertEquals("FDC", action.at("/leads/0/organisation").asText());
        assertEquals("CFRS", action.at("/partners/1").asText());
        assertEquals("Victims not engaging with agencies", action.get("barriers").asText());
        assertEquals("2015-03-31", action.get("dueDate").asText());
        assertEquals("IN_PROGRESS", action.get("status").asText());
        assertEquals("AMBER", action.get("rag").asText());
        assertEquals("1.2.3a", action.at("/milestones/0/code").asText());
        assertEquals("FDC", action.at("/milestones/0/lead/organisation").asText());
        assertEquals("Q2 2014/15", action.at("/milestones/0/dueDate").asText());
        assertEquals("COMPLETE", action.at("/milestones/0/status").asText());
        assertEquals("GREEN", action.at("/milestones/0/rag").asText());
        assertTrue(action.at("/milestones/1/rag").isNull());
        assertEquals("%", action.at("/targets/0/unit").asText());
        assertEquals("78.5", action.at("/targets/0/baseline").asText());
        assertEquals("85", action.at("/targets/0/target").asText());
        assertEquals("Q4 2014/15", action.at("/targets/0/actuals/1/period").asText());
        assertEquals(81, action.at("/targets/0/actuals/1/value").asInt());
        assertEquals("Q1 2014/15", action.at("/updates/0/period").asText());
        assertEquals("2014-06-30", action.at("/updates/0/date").asText());
        assertEquals("Risk matrix agreed by the PSG.", action.at("/updates/0/text").asText());
        assertEquals("GREEN", action.at("/updates/0/rag").asText());
        assertEquals("2014-04", action.get("startDate").asText());
        assertEquals("ASB", doc.at("/glossary/0/term").asText());
        assertEquals("Anti-social behaviour", doc.at("/glossary/0/definition").asText());
        assertEquals("12500", doc.at("/funding/0/amount").asText());
        assertTrue(doc.at("/themes/1/actions/0/rag").isNull());
    }

    @Test
    void aMonthOnlyDueDateIsWrittenAsYearAndMonth() throws Exception {
        Plan plan = FullPlan.create();
        Plan monthly = plan.withAction(plan.themes().get(0).actions().get(0).toBuilder()
                .due(org.cspplanner.model.DueDate.ofMonth(java.time.YearMonth.of(2026, 3))).build());
        JsonNode doc = new ObjectMapper().readTree(json.toBytes(monthly));
        assertEquals("2026-03", doc.at("/themes/0/actions/0/dueDate").asText());
    }

    @Test
    void duplicateKeysAreRefused() {
        String text = "{\"format\":\"csp-plan\",\"version\":1,\"version\":2,\"plan\":{\"title\":\"x\"}}";
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> read(text));
        assertTrue(e.getMessage().contains("Duplicate field 'version'"), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedQuickly() {
        String text = "[".repeat(100_000) + "]".repeat(100_000);
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> read(text));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    @Test
    void aWrongTypeIsReportedWithItsPath() throws Exception {
        String doc = new String(json.toBytes(FullPlan.create()), StandardCharsets.UTF_8)
                .replaceFirst("\"status\" : \"IN_PROGRESS\"", "\"status\" : 3");
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> read(doc));
        assertEquals("themes[0].actions[0].status: must be a string, not number", e.getMessage());
    }

    @Test
    void anUnknownStatusIsReportedWithTheAllowedValues() throws Exception {
        String doc = new String(json.toBytes(FullPlan.create()), StandardCharsets.UTF_8)
                .replaceFirst("\"status\" : \"IN_PROGRESS\"", "\"status\" : \"FINISHED\"");
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> read(doc));
        assertTrue(e.getMessage().startsWith("themes[0].actions[0].status: 'FINISHED' is not one of [NOT_STARTED"),
                e.getMessage());
    }

    @Test
    void anActionWithoutATitleIsRefused() throws Exception {
        String doc = new String(json.toBytes(FullPlan.create()), StandardCharsets.UTF_8)
                .replace("\"title\" : \"Develop and deliver a CSP media strategy\"", "\"title\" : \"\"");
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> read(doc));
        assertEquals("themes[0].actions[1].title: is required", e.getMessage());
    }

    @Test
    void anotherKindOfJsonFileIsRefused() {
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> read("{\"name\":\"package\"}"));
        assertTrue(e.getMessage().contains("not a CSP Planner plan file"), e.getMessage());
    }

    @Test
    void aNewerVersionIsRefusedWithAnExplanation() {
        JsonFormatException e = assertThrows(JsonFormatException.class,
                () -> read("{\"format\":\"csp-plan\",\"version\":2,\"plan\":{\"title\":\"x\"}}"));
        assertTrue(e.getMessage().contains("version 2 is not supported"), e.getMessage());
    }

    @Test
    void truncatedJsonIsRefused() throws Exception {
        byte[] whole = json.toBytes(FullPlan.create());
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> json.fromBytes(half));
        assertTrue(e.getMessage().startsWith("This is not a valid plan file"), e.getMessage());
    }

    @Test
    void aMinimalDocumentGetsTheFinancialYearAndDefaults() throws Exception {
        Plan plan = read("{\"format\":\"csp-plan\",\"version\":1,\"plan\":{\"title\":\"Plan\",\"periodStart\":\"2026-04-01\"},"
                + "\"themes\":[{\"title\":\"Theme\",\"actions\":[{\"title\":\"Do it\",\"dueDate\":\"2026-03\"}]}]}");
        assertEquals(java.time.LocalDate.of(2027, 3, 31), plan.periodEnd());
        assertEquals("March 2026", plan.themes().get(0).actions().get(0).due().display());
        assertNull(plan.themes().get(0).actions().get(0).rag());
        assertFalse(plan.ragScheme().red().isBlank());
    }

    private Plan read(String text) throws JsonFormatException {
        return json.fromBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
