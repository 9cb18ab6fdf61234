package org.cspplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void quarterOneIsAprilToJune() {
        ReportingPeriod q1 = ReportingPeriod.parse("Q1 2024/25");
        assertEquals(LocalDate.of(2024, 4, 1), q1.start());
        assertEquals(LocalDate.of(2024, 6, 30), q1.end());
    }

    @Test
    void januaryToMarchIsQuarterFourOfTheYearBefore() {
        assertEquals("Q4 2014/15", ReportingPeriod.containing(LocalDate.of(2015, 2, 14)).label());
        assertEquals("Q3 2026/27", ReportingPeriod.containing(LocalDate.of(2026, 11, 23)).label());
    }

    @Test
    void labelsParseInTheFormsPeopleWrite() {
        assertEquals(ReportingPeriod.of(2014, 4), ReportingPeriod.parse("q4 2014-15"));
        assertEquals(ReportingPeriod.of(2014, 4), ReportingPeriod.parse("Q4 2014/2015"));
        assertEquals(ReportingPeriod.of(1999, 2), ReportingPeriod.parse("Q2 1999/00"));
    }

    @Test
    void previousAndNextCrossFinancialYears() {
        assertEquals("Q4 2023/24", ReportingPeriod.parse("Q1 2024/25").previous().label());
        assertEquals("Q1 2025/26", ReportingPeriod.parse("Q4 2024/25").next().label());
    }

    @Test
    void aNonConsecutiveYearIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("Q1 2024/26"));
        assertEquals("Not a financial year: '2024/26' (the years must be consecutive)", e.getMessage());
    }

    @Test
    void dueDatesDisplayInUkForm() {
        assertEquals("31/03/2018", DueDate.parse("2018-03-31").display());
        assertEquals("September 2017", DueDate.parse("2017-09").display());
        assertEquals(LocalDate.of(2017, 9, 30), DueDate.parse("2017-09").latestDay());
        assertEquals(LocalDate.of(2026, 3, 31), DueDate.parse("Q4 2025/26").latestDay());
        assertEquals("Q4 2026/27", DueDate.parse("Q4 2025/26").plusYears(1).iso());
    }

    @Test
    void targetRagFollowsPolarityAndTolerance() {
        Target higher = new Target(null, "Victims supported", "%", Polarity.HIGHER_IS_BETTER, null, "",
                new java.math.BigDecimal("85"), null, new java.math.BigDecimal("5"), java.util.List.of());
        assertEquals(Rag.GREEN, higher.rag(new java.math.BigDecimal("85")).orElseThrow());
        assertEquals(Rag.AMBER, higher.rag(new java.math.BigDecimal("81")).orElseThrow());
        assertEquals(Rag.RED, higher.rag(new java.math.BigDecimal("79.9")).orElseThrow());
        Target lower = new Target(null, "Incidents", "", Polarity.LOWER_IS_BETTER, null, "",
                new java.math.BigDecimal("100"), null, null, java.util.List.of());
        assertEquals(Rag.GREEN, lower.rag(new java.math.BigDecimal("99")).orElseThrow());
        assertEquals(Rag.AMBER, lower.rag(new java.math.BigDecimal("110")).orElseThrow());
        assertEquals(Rag.RED, lower.rag(new java.math.BigDecimal("111")).orElseThrow());
        Target range = new Target(null, "Days", "", Polarity.WITHIN_RANGE, null, "",
                new java.math.BigDecimal("1"), new java.math.BigDecimal("3"), java.math.BigDecimal.ONE, java.util.List.of());
        assertEquals(Rag.GREEN, range.rag(new java.math.BigDecimal("2")).orElseThrow());
        assertEquals(Rag.AMBER, range.rag(new java.math.BigDecimal("4")).orElseThrow());
        assertEquals(Rag.RED, range.rag(new java.math.BigDecimal("5")).orElseThrow());
    }

    @Test
    void ragWordsAreReadInAnyCase() {
        assertEquals(Rag.RED, Rag.fromWord("OFF TRACK").orElseThrow());
        assertEquals(Rag.AMBER, Rag.fromWord("a").orElseThrow());
        assertEquals(Rag.GREEN, Rag.fromWord(" On track ").orElseThrow());
        assertEquals(ActionStatus.COMPLETE, ActionStatus.fromWord("Completed").orElseThrow());
        assertEquals(java.util.Optional.empty(), Rag.fromWord("Complete"));
    }
}
