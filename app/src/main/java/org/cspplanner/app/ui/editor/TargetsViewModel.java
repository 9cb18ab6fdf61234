package org.cspplanner.app.ui.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cspplanner.app.ui.support.UkFormats;
import org.cspplanner.model.Action;
import org.cspplanner.model.Actual;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;

/** The chosen action's targets: baseline, target, actual per quarter and the RAG worked out from them. */
public final class TargetsViewModel {

    public static final String NOT_A_NUMBER = "Enter a number, such as 120 or 81.5";

    private final ActionEditorViewModel owner;
    private final ObservableList<Target> items = FXCollections.observableArrayList();

    TargetsViewModel(ActionEditorViewModel owner) {
        this.owner = owner;
        owner.actionProperty().addListener((o, old, a) -> items.setAll(a == null ? List.of() : a.targets()));
        // the RAG shown depends on the period, so the rows are shown afresh when it changes
        owner.periodProperty().addListener((o, old, p) -> items.setAll(owner.action() == null ? List.of() : owner.action().targets()));
    }

    public ObservableList<Target> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** The quarters a target can have actuals for: the plan's. */
    public List<ReportingPeriod> periods() {
        return owner.plan() == null ? List.of() : owner.plan().reportingPeriods();
    }

    /** The RAG for the chosen reporting period, worked out from the latest actual by then. */
    public Optional<Rag> ragAt(Target t) {
        ReportingPeriod p = owner.periodProperty().get();
        return p == null ? Optional.empty() : t.ragAt(p);
    }

    public static Optional<String> numberProblem(String text) {
        return UkFormats.isNumberOrBlank(text) ? Optional.empty() : Optional.of(NOT_A_NUMBER);
    }

    public boolean add(String description) {
        Action a = owner.action();
        if (a == null) {
            return false;
        }
        if (description == null || description.isBlank()) {
            owner.setMessage("A target needs a description");
            return false;
        }
        List<Target> list = new ArrayList<>(a.targets());
        list.add(new Target(null, description, "", Polarity.HIGHER_IS_BETTER, null, "", null, null, null, List.of()));
        return owner.change("Add target to %s", b -> b.targets(list));
    }

    public boolean delete(int index) {
        Action a = owner.action();
        if (a == null || index < 0 || index >= a.targets().size()) {
            return false;
        }
        List<Target> list = new ArrayList<>(a.targets());
        list.remove(index);
        return owner.change("Delete target of %s", b -> b.targets(list));
    }

    public boolean setDescription(int index, String text) {
        if (text == null || text.isBlank()) {
            owner.setMessage("A target needs a description");
            return false;
        }
        return replace(index, "description", t -> rebuild(t, text, t.unit(), t.polarity(), t.baseline(), t.target(), t.targetMax(), t.amberTolerance()));
    }

    public boolean setUnit(int index, String unit) {
        return replace(index, "unit", t -> rebuild(t, t.description(), unit, t.polarity(), t.baseline(), t.target(), t.targetMax(), t.amberTolerance()));
    }

    public boolean setPolarity(int index, Polarity polarity) {
        return replace(index, "direction", t -> rebuild(t, t.description(), t.unit(), polarity, t.baseline(), t.target(), t.targetMax(), t.amberTolerance()));
    }

    public boolean setBaseline(int index, String text) {
        return number(text).map(n -> replace(index, "baseline",
                t -> rebuild(t, t.description(), t.unit(), t.polarity(), n.orElse(null), t.target(), t.targetMax(), t.amberTolerance())))
                .orElse(false);
    }

    public boolean setTarget(int index, String text) {
        return number(text).map(n -> replace(index, "target value",
                t -> rebuild(t, t.description(), t.unit(), t.polarity(), t.baseline(), n.orElse(null), t.targetMax(), t.amberTolerance())))
                .orElse(false);
    }

    public boolean setTargetMax(int index, String text) {
        return number(text).map(n -> replace(index, "upper limit",
                t -> rebuild(t, t.description(), t.unit(), t.polarity(), t.baseline(), t.target(), n.orElse(null), t.amberTolerance())))
                .orElse(false);
    }

    public boolean setTolerance(int index, String text) {
        return number(text).map(n -> replace(index, "amber tolerance",
                t -> rebuild(t, t.description(), t.unit(), t.polarity(), t.baseline(), t.target(), t.targetMax(), n.orElse(null))))
                .orElse(false);
    }

    /** The measured value for a quarter; blank removes it. */
    public boolean setActual(int index, ReportingPeriod period, String text) {
        return number(text).map(n -> replace(index, period.label() + " actual", t -> {
            List<Actual> actuals = new ArrayList<>(t.actuals().stream().filter(x -> !x.period().equals(period)).toList());
            n.ifPresent(v -> actuals.add(new Actual(period, v)));
            return t.withActuals(actuals);
        })).orElse(false);
    }

    /** Empty outer optional: not a number (the message says so); empty inner: blank. */
    private Optional<Optional<BigDecimal>> number(String text) {
        if (numberProblem(text).isPresent()) {
            owner.setMessage(NOT_A_NUMBER);
            return Optional.empty();
        }
        return Optional.of(UkFormats.parseNumber(text));
    }

    private static Target rebuild(Target t, String description, String unit, Polarity polarity, BigDecimal baseline,
                                  BigDecimal target, BigDecimal max, BigDecimal tolerance) {
        return new Target(t.id(), description, unit, polarity, baseline, t.baselinePeriod(), target, max, tolerance, t.actuals());
    }

    private boolean replace(int index, String field, UnaryOperator<Target> how) {
        Action a = owner.action();
        if (a == null || index < 0 || index >= a.targets().size()) {
            return false;
        }
        Target before = a.targets().get(index);
        Target after = how.apply(before);
        if (Objects.equals(before, after)) {
            return false;
        }
        List<Target> list = new ArrayList<>(a.targets());
        list.set(index, after);
        owner.setMessage("");
        return owner.change("Change " + field + " of a target of %s", b -> b.targets(list));
    }
}
