package org.cspplanner.model;

import java.math.BigDecimal;

/** Money allocated to part of the plan, in pounds sterling. */
public record FundingLine(String item, BigDecimal amount, String source) {
    public FundingLine {
        item = Text.clean(item);
        source = Text.clean(source);
        if (item.isEmpty()) {
            throw new IllegalArgumentException("A funding line needs an item");
        }
        amount = amount == null ? BigDecimal.ZERO : Numbers.normalise(amount);
    }
}
