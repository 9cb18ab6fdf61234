package org.cspplanner.app.ui.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cspplanner.app.ui.edit.PlanDetailsEdit;
import org.cspplanner.app.ui.edit.PlanEditor;
import org.cspplanner.app.ui.support.UkFormats;
import org.cspplanner.model.FundingLine;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.NarrativeSection;
import org.cspplanner.model.Organisation;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.RagScheme;

/**
 * The plan's settings as a form: title, partnership and organisations, period, RAG key, narrative
 * sections, glossary and funding. Applying them is one undoable edit ("Change plan settings").
 */
public final class PlanSettingsViewModel {

    /** An editable funding line: the amount is kept as typed until it is checked. */
    public record FundingRow(String item, String amount, String source) {
    }

    private final PlanEditor editor;
    private final Plan original;
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty partnership = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanStatus> status = new SimpleObjectProperty<>();
    private final StringProperty green = new SimpleStringProperty();
    private final StringProperty amber = new SimpleStringProperty();
    private final StringProperty red = new SimpleStringProperty();
    private final StringProperty complete = new SimpleStringProperty();
    private final StringProperty notStarted = new SimpleStringProperty();
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    private final ObservableList<NarrativeSection> sections = FXCollections.observableArrayList();
    private final ObservableList<GlossaryTerm> glossary = FXCollections.observableArrayList();
    private final ObservableList<FundingRow> funding = FXCollections.observableArrayList();

    public PlanSettingsViewModel(PlanEditor editor) {
        this.editor = editor;
        this.original = editor.document().plan();
        title.set(original.title());
        partnership.set(original.partnership());
        start.set(original.periodStart());
        end.set(original.periodEnd());
        status.set(original.status());
        RagScheme k = original.ragScheme();
        green.set(k.green());
        amber.set(k.amber());
        red.set(k.red());
        complete.set(k.complete());
        notStarted.set(k.notStarted());
        organisations.setAll(original.organisations());
        sections.setAll(original.sections());
        glossary.setAll(original.glossary());
        funding.setAll(original.funding().stream()
                .map(f -> new FundingRow(f.item(), f.amount().toPlainString(), f.source())).toList());
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty partnershipProperty() { return partnership; }
    public ObjectProperty<LocalDate> startProperty() { return start; }
    public ObjectProperty<LocalDate> endProperty() { return end; }
    public ObjectProperty<PlanStatus> statusProperty() { return status; }
    public StringProperty greenProperty() { return green; }
    public StringProperty amberProperty() { return amber; }
    public StringProperty redProperty() { return red; }
    public StringProperty completeProperty() { return complete; }
    public StringProperty notStartedProperty() { return notStarted; }
    public ObservableList<Organisation> organisations() { return organisations; }
    public ObservableList<NarrativeSection> sections() { return sections; }
    public ObservableList<GlossaryTerm> glossary() { return glossary; }
    public ObservableList<FundingRow> funding() { return funding; }

    /** Every problem that stops the settings being applied, worded for the person; empty when all is well. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (title.get() == null || title.get().isBlank()) {
            p.add("A title is required");
        }
        if (start.get() == null || end.get() == null) {
            p.add("The plan needs a start and an end date");
        } else if (end.get().isBefore(start.get())) {
            p.add("The plan ends before it starts");
        }
        for (FundingRow f : funding) {
            if (f.item() == null || f.item().isBlank()) {
                p.add("Every funding line needs an item");
            }
            if (!UkFormats.isNumberOrBlank(f.amount())) {
                p.add("Funding for ‘" + f.item() + "’: enter an amount in pounds, such as 12,500");
            }
        }
        for (GlossaryTerm g : glossary) {
            if (g.term().isBlank()) {
                p.add("Every glossary entry needs a term");
            }
        }
        return p;
    }

    public Optional<String> firstProblem() {
        return problems().stream().findFirst();
    }

    /** Builds the plan as the form says; call only when there are no problems. */
    public Plan result() {
        List<FundingLine> lines = funding.stream().map(f -> new FundingLine(f.item(),
                UkFormats.parseNumber(f.amount()).orElse(BigDecimal.ZERO), f.source())).toList();
        return original.toBuilder()
                .title(title.get())
                .partnership(partnership.get())
                .period(start.get(), end.get())
                .status(status.get())
                .ragScheme(new RagScheme(green.get(), amber.get(), red.get(), complete.get(), notStarted.get()))
                .organisations(List.copyOf(organisations))
                .sections(List.copyOf(sections))
                .glossary(List.copyOf(glossary))
                .funding(lines)
                .build();
    }

    /** Saves the settings as one edit; false (and nothing saved) while there are problems or nothing changed. */
    public boolean apply() {
        if (!problems().isEmpty()) {
            return false;
        }
        Plan after = result();
        Plan before = editor.document().plan();
        if (after.equals(before.withThemes(after.themes())) && after.equals(original)) {
            return false;
        }
        return editor.perform(new PlanDetailsEdit(editor.document(), before, after, "Change plan settings"));
    }
}
