package org.cspplanner.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A measure with a baseline and a target, and its actual values per reporting period.
 * For {@link Polarity#WITHIN_RANGE}, {@code target} is the lower bound and {@code targetMax} the upper.
 * {@code amberTolerance} is how far from the target (in the target's unit) still counts as Amber;
 * when empty, 10% of the target.
 */
public record Target(UUID id, String description, String unit, Polarity polarity,
                     BigDecimal baseline, String baselinePeriod, BigDecimal target, BigDecimal targetMax,
                     BigDecimal amberTolerance, List<Actual> actuals) {

    public Target {
        id = id == null ? Ids.newId() : id;
        description = Text.clean(description);
        unit = Text.clean(unit);
        polarity = polarity == null ? Polarity.HIGHER_IS_BETTER : polarity;
        baselinePeriod = Text.clean(baselinePeriod);
        baseline = Numbers.normalise(baseline);
        target = Numbers.normalise(target);
        targetMax = Numbers.normalise(targetMax);
        amberTolerance = Numbers.normalise(amberTolerance);
        actuals = Text.list(actuals).stream().sorted(Comparator.comparing(Actual::period)).toList();
        if (description.isEmpty()) {
            throw new IllegalArgumentException("A target needs a description");
        }
    }

    /** The latest actual at or before the period. */
    public Optional<Actual> latestActual(ReportingPeriod upTo) {
        Actual found = null;
        for (Actual a : actuals) {
            if (a.period().compareTo(upTo) <= 0) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<Actual> latestActual() {
        return actuals.isEmpty() ? Optional.empty() : Optional.of(actuals.get(actuals.size() - 1));
    }

    public Optional<Actual> actualIn(ReportingPeriod period) {
        return actuals.stream().filter(a -> a.period().equals(period)).findFirst();
    }

    /** RAG of the latest actual up to the period against the target; empty when unmeasured or no target. */
    public Optional<Rag> ragAt(ReportingPeriod period) {
        return latestActual(period).flatMap(a -> rag(a.value()));
    }

    /** RAG of a value against this target. */
    public Optional<Rag> rag(BigDecimal value) {
        if (target == null || value == null) {
            return Optional.empty();
        }
        BigDecimal tolerance = amberTolerance != null ? amberTolerance
                : target.abs().multiply(BigDecimal.valueOf(10)).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
        return Optional.of(switch (polarity) {
            case HIGHER_IS_BETTER -> value.compareTo(target) >= 0 ? Rag.GREEN
                    : value.compareTo(target.subtract(tolerance)) >= 0 ? Rag.AMBER : Rag.RED;
            case LOWER_IS_BETTER -> value.compareTo(target) <= 0 ? Rag.GREEN
                    : value.compareTo(target.add(tolerance)) <= 0 ? Rag.AMBER : Rag.RED;
            case WITHIN_RANGE -> {
                BigDecimal max = targetMax != null ? targetMax : target;
                if (value.compareTo(target) >= 0 && value.compareTo(max) <= 0) {
                    yield Rag.GREEN;
                }
                boolean near = value.compareTo(target.subtract(tolerance)) >= 0 && value.compareTo(max.add(tolerance)) <= 0;
                yield near ? Rag.AMBER : Rag.RED;
            }
        });
    }

    public Target withActuals(List<Actual> newActuals) {
        return new Target(id, description, unit, polarity, baseline, baselinePeriod, target, targetMax, amberTolerance, newActuals);
    }

    public Target withBaseline(BigDecimal newBaseline, String newBaselinePeriod) {
        return new Target(id, description, unit, polarity, newBaseline, newBaselinePeriod, target, targetMax, amberTolerance, actuals);
    }
}
