package org.cspplanner.exporters.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.cspplanner.exporters.layout.CustomColumn;
import org.cspplanner.exporters.layout.CustomLayout;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.ReadBack;
import org.cspplanner.exporters.TestPlans;
import org.cspplanner.exporters.sheet.FormulaGuard;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    @Test
    void startsWithAUtf8ByteOrderMarkSoExcelReadsIt() throws Exception {
        byte[] bytes = ReadBack.export(TestPlans.fenland(), "csv", ExportOptions.of("rolling-plan"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith("Theme,Number,Action,Milestones,Lead agency,Other partners,Date completed by,Progress (RAG)\r\n"), text);
    }

    @Test
    void aFormulaTitleGetsAnApostropheAndIsQuoted() throws Exception {
        byte[] bytes = ReadBack.export(TestPlans.withFormulaTitle(), "csv", ExportOptions.of("custom"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\","), text);
    }

    @Test
    void everyDangerousLeadingCharacterIsNeutralised() {
        for (String s : new String[] {"=1+1", "+44 1354", "-5", "@SUM(A1)", "\tx", "\rx", "\nx"}) {
            assertEquals("'" + s, FormulaGuard.neutralise(s));
        }
        assertEquals("Police", FormulaGuard.neutralise("Police"));
        assertEquals("", FormulaGuard.neutralise(""));
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"NWLDC, Housing\"", CsvExporter.quote("NWLDC, Housing"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExporter.quote("say \"hi\""));
        assertEquals("\"a\nb\"", CsvExporter.quote("a\nb"));
        assertEquals("plain", CsvExporter.quote("plain"));
    }

    @Test
    void theChosenPeriodDecidesWhichUpdatesAppear() throws Exception {
        String q1 = new String(ReadBack.export(TestPlans.fenland(), "csv", ExportOptions.of("prevention-plan", TestPlans.Q1)),
                StandardCharsets.UTF_8);
        String q2 = new String(ReadBack.export(TestPlans.fenland(), "csv", ExportOptions.of("prevention-plan", TestPlans.Q2)),
                StandardCharsets.UTF_8);
        assertTrue(q1.contains("Q1: project scoped and partners engaged for 1.2.1."));
        assertFalse(q1.contains("Q2: delivery under way"));
        assertTrue(q1.contains("Updates Q1 2014/15"));
        assertTrue(q2.contains("Q2: delivery under way for 1.2.1."));
        assertTrue(q2.contains("Updates Q2 2014/15"));
    }

    @Test
    void theChosenPeriodDecidesTheRag() throws Exception {
        CustomLayout codeAndRag = new CustomLayout(List.of(CustomColumn.CODE, CustomColumn.RAG),
                CustomLayout.Grouping.NONE, CustomLayout.SortOrder.PLAN);
        ExportOptions options = ExportOptions.of("custom").withCustom(codeAndRag);
        String q1 = new String(ReadBack.export(TestPlans.fenland(), "csv", options.withPeriod(TestPlans.Q1)), StandardCharsets.UTF_8);
        String q2 = new String(ReadBack.export(TestPlans.fenland(), "csv", options.withPeriod(TestPlans.Q2)), StandardCharsets.UTF_8);
        // 1.2.3 was Red in Q1 and Amber from Q2
        assertTrue(q1.contains("\r\n1.2.3,Red\r\n"), q1);
        assertTrue(q2.contains("\r\n1.2.3,Amber\r\n"), q2);
    }
}
