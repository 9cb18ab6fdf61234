package org.cspplanner.app.ui.tools;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.cspplanner.app.ui.MainViewModel;
import org.cspplanner.app.ui.carryover.CarryOverView;
import org.cspplanner.app.ui.carryover.CarryOverViewModel;
import org.cspplanner.app.ui.export.ExportDialogView;
import org.cspplanner.app.ui.export.ExportDialogViewModel;
import org.cspplanner.app.ui.importing.ImportWizardView;
import org.cspplanner.app.ui.importing.ImportWizardViewModel;
import org.cspplanner.app.ui.report.ReportDialogView;
import org.cspplanner.app.ui.report.ReportDialogViewModel;
import org.cspplanner.app.ui.returns.MergeReturnsViewModel;
import org.cspplanner.app.ui.returns.ReturnsViews;
import org.cspplanner.app.ui.returns.SendReturnsViewModel;

/** Opens the import, carry-over, export, report and returns windows over the main window, each with a fresh view model. */
public final class PlanTools {

    private final Workbench bench;
    private final Supplier<Window> owner;
    private final FileOpener opener;

    public PlanTools(MainViewModel main, Supplier<Window> owner) {
        this(new MainWorkbench(main, Platform::runLater), owner, FileOpener.desktop());
    }

    public PlanTools(Workbench bench, Supplier<Window> owner, FileOpener opener) {
        this.bench = bench;
        this.owner = owner;
        this.opener = opener;
    }

    public void importPlan() {
        ImportWizardView.show(new ImportWizardViewModel(bench), owner.get());
    }

    public void carryOver() {
        if (bench.plan() != null) {
            CarryOverView.show(new CarryOverViewModel(bench), owner.get());
        }
    }

    public void export() {
        if (bench.plan() != null) {
            ExportDialogView.show(new ExportDialogViewModel(bench, opener), owner.get());
        }
    }

    public void report() {
        if (bench.plan() != null) {
            ReportDialogView.show(new ReportDialogViewModel(bench, opener), owner.get());
        }
    }

    public void sendReturns() {
        if (bench.plan() != null) {
            ReturnsViews.showSend(new SendReturnsViewModel(bench), owner.get());
        }
    }

    public void mergeReturns() {
        if (bench.plan() != null) {
            ReturnsViews.showMerge(new MergeReturnsViewModel(bench), owner.get());
        }
    }
}
