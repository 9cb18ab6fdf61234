package org.cspplanner.model;

import java.math.BigDecimal;

/** A measured value of a target in one reporting period. */
public record Actual(ReportingPeriod period, BigDecimal value) {
    public Actual {
        if (period == null || value == null) {
            throw new IllegalArgumentException("An actual needs a period and a value");
        }
        value = Numbers.normalise(value);
    }
}
