package org.cspplanner.app.ui.report;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cspplanner.app.files.AtomicFileWriter;
import org.cspplanner.app.ui.dialog.DialogService.FileType;
import org.cspplanner.app.ui.task.TaskRunner;
import org.cspplanner.app.ui.tools.FileOpener;
import org.cspplanner.app.ui.tools.Workbench;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.exporters.report.ReportExporter;
import org.cspplanner.exporters.report.ReportKind;
import org.cspplanner.exporters.report.ReportOptions;
import org.cspplanner.exporters.report.ReportSection;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.ReportingPeriod;

/**
 * The report dialog: RAG report or board pack, the quarter, the sections (the kind's defaults to begin with), the
 * layout of the full action plan, the format and the file. Written in the background, atomically.
 */
public final class ReportDialogViewModel {

    private final Workbench bench;
    private final FileOpener opener;
    private final Plan plan;
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(ReportKind.RAG);
    private final ObservableList<ReportingPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ReportingPeriod> period = new SimpleObjectProperty<>();
    private final ObservableList<ReportSectionChoice> sections =
            FXCollections.observableArrayList(s -> new Observable[] {s.includedProperty()});
    private final ObjectProperty<String> layout = new SimpleObjectProperty<>(ReportOptions.DEFAULT_LAYOUT);
    private final ObjectProperty<String> format = new SimpleObjectProperty<>("pdf");
    private final ObjectProperty<Path> output = new SimpleObjectProperty<>();
    private final BooleanProperty openWhenDone = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");

    public ReportDialogViewModel(Workbench bench, FileOpener opener) {
        this.bench = bench;
        this.opener = opener;
        this.plan = Objects.requireNonNull(bench.plan(), "Open a plan to report on");
        periods.setAll(plan.reportingPeriods());
        period.set(periods.contains(bench.period()) ? bench.period() : ExportOptions.defaultPeriod(plan));
        for (ReportSection s : ReportSection.values()) {
            sections.add(new ReportSectionChoice(s, false));
        }
        kind.addListener((o, was, now) -> chooseDefaultSections());
        chooseDefaultSections();
    }

    public Plan plan() { return plan; }
    public ObjectProperty<ReportKind> kindProperty() { return kind; }
    public ObservableList<ReportingPeriod> periods() { return periods; }
    public ObjectProperty<ReportingPeriod> periodProperty() { return period; }
    public ObservableList<ReportSectionChoice> sections() { return sections; }
    public List<String> layouts() { return Layouts.names(); }
    /** The layout of the board pack's full action plan. */
    public ObjectProperty<String> layoutProperty() { return layout; }
    public List<String> formats() { return ReportExporter.formats(); }
    public ObjectProperty<String> formatProperty() { return format; }
    public ObjectProperty<Path> outputProperty() { return output; }
    public BooleanProperty openWhenDoneProperty() { return openWhenDone; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty doneProperty() { return done.getReadOnlyProperty(); }
    public TaskRunner tasks() { return bench.tasks(); }

    /** The action plan's layout matters only when the full action plan is included. */
    public BooleanBinding includesActionPlan() {
        return Bindings.createBooleanBinding(() -> sections.stream()
                .anyMatch(s -> s.section() == ReportSection.ACTION_PLAN && s.isIncluded()), sections);
    }

    public BooleanBinding canWrite() {
        return Bindings.createBooleanBinding(() -> output.get() != null && !bench.tasks().runningProperty().get()
                && sections.stream().anyMatch(ReportSectionChoice::isIncluded), output, sections, bench.tasks().runningProperty());
    }

    /** Ticks the sections the chosen kind has by default. */
    public void chooseDefaultSections() {
        Set<ReportSection> defaults = ReportSection.defaults(kind.get());
        sections.forEach(s -> s.includedProperty().set(defaults.contains(s.section())));
    }

    public void chooseOutput() {
        String what = kind.get() == ReportKind.BOARD_PACK ? "Board pack" : "RAG report";
        String stem = (what + " " + period.get().label() + " " + plan.title()).replaceAll("[\\\\/:*?\"<>|]", "-");
        bench.dialogs().chooseFileToSave("Save report", stem + "." + format.get(), List.of(FileType.of(
                format.get().toUpperCase(Locale.UK) + " file (*." + format.get() + ")", "*." + format.get())))
                .ifPresent(output::set);
    }

    /** Writes the report in the background; false when there is nowhere to write it or nothing to include. */
    public boolean write() {
        Path target = output.get();
        Set<ReportSection> chosen = EnumSet.noneOf(ReportSection.class);
        sections.stream().filter(ReportSectionChoice::isIncluded).forEach(s -> chosen.add(s.section()));
        if (target == null || chosen.isEmpty()) {
            error.set(target == null ? "Choose where to save the report." : "Tick at least one section to include.");
            return false;
        }
        error.set("");
        done.set("");
        Plan snapshot = bench.plan() != null && bench.plan().id().equals(plan.id()) ? bench.plan() : plan;
        ReportOptions options = new ReportOptions(kind.get(), period.get(), bench.today(), layout.get(), chosen);
        String f = format.get();
        bench.tasks().run("Writing " + target.getFileName(), progress -> {
            AtomicFileWriter.write(target, out -> ReportExporter.write(snapshot, options, f, out, progress));
            return target;
        }, written -> {
            done.set("Written to " + written);
            bench.editor().setStatus("Report written to " + written.getFileName() + ". All changes saved");
            if (openWhenDone.get()) {
                opener.open(written);
            }
        }, failure -> error.set(failure instanceof ProgressListener.CancelledException ? "Cancelled: no file was written."
                : "The report could not be written: " + (failure.getMessage() == null ? failure : failure.getMessage())));
        return true;
    }
}
