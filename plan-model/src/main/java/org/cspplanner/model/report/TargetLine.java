package org.cspplanner.model.report;

import java.math.BigDecimal;
import java.util.Optional;
import org.cspplanner.model.Action;
import org.cspplanner.model.Actual;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;

/**
 * One target on the report: baseline, target, the latest actual up to the period, the RAG computed from it,
 * and the direction of travel from the previous period's figure to this period's.
 */
public record TargetLine(Action action, Target target, Optional<Actual> latest, Optional<Rag> rag,
                         Optional<Actual> previous, Direction direction) {

    static TargetLine of(Action action, Target target, ReportingPeriod period) {
        Optional<Actual> now = target.actualIn(period);
        Optional<Actual> before = target.latestActual(period.previous());
        Direction direction = now.isPresent() && before.isPresent()
                ? direction(target, before.get().value(), now.get().value())
                : Direction.NOT_KNOWN;
        return new TargetLine(action, target, target.latestActual(period), target.ragAt(period), before, direction);
    }

    /** Better or worse by the target's polarity; within a range, closer to the range is better. */
    static Direction direction(Target target, BigDecimal before, BigDecimal now) {
        if (target.polarity() == Polarity.WITHIN_RANGE && target.target() == null) {
            return Direction.NOT_KNOWN;
        }
        int c = switch (target.polarity()) {
            case HIGHER_IS_BETTER -> now.compareTo(before);
            case LOWER_IS_BETTER -> before.compareTo(now);
            case WITHIN_RANGE -> distance(target, before).compareTo(distance(target, now));
        };
        return c > 0 ? Direction.BETTER : c < 0 ? Direction.WORSE : Direction.SAME;
    }

    private static BigDecimal distance(Target t, BigDecimal value) {
        BigDecimal max = t.targetMax() != null ? t.targetMax() : t.target();
        if (value.compareTo(t.target()) < 0) {
            return t.target().subtract(value);
        }
        return value.compareTo(max) > 0 ? value.subtract(max) : BigDecimal.ZERO;
    }

    /** "90 %", "28–40 %" or "370 incidents per quarter"; empty when the target has no figure. */
    public String targetDisplay() {
        if (target.target() == null) {
            return "";
        }
        String figure = target.polarity() == Polarity.WITHIN_RANGE && target.targetMax() != null
                ? target.target().toPlainString() + "\u2013" + target.targetMax().toPlainString()
                : target.target().toPlainString();
        return withUnit(figure);
    }

    public String baselineDisplay() {
        if (target.baseline() == null) {
            return "";
        }
        String b = withUnit(target.baseline().toPlainString());
        return target.baselinePeriod().isEmpty() ? b : b + " (" + target.baselinePeriod() + ")";
    }

    /** "88 % (Q2 2026/27)", or "Not measured". */
    public String latestDisplay() {
        return latest.map(a -> withUnit(a.value().toPlainString()) + " (" + a.period().label() + ")").orElse("Not measured");
    }

    public String ragWord() {
        return rag.map(Rag::word).orElse("Not rated");
    }

    private String withUnit(String figure) {
        String unit = target.unit();
        if (unit.isEmpty()) {
            return figure;
        }
        return unit.equals("%") ? figure + "%" : figure + " " + unit;
    }
}
