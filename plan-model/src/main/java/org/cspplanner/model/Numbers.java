package org.cspplanner.model;

import java.math.BigDecimal;

/** One canonical form for measured numbers, so that 81.50 from a file and 81.5000 from the database are equal. */
public final class Numbers {
    private Numbers() {
    }

    /** Strips trailing zeros without going into exponent form (12500.00 becomes 12500, not 1.25E+4). */
    public static BigDecimal normalise(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
