package org.cspplanner.bench;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cspplanner.app.ui.actions.ActionListViewModel;
import org.cspplanner.app.ui.actions.RagChoice;
import org.cspplanner.exporters.report.ReportExporter;
import org.cspplanner.exporters.report.ReportKind;
import org.cspplanner.exporters.report.ReportOptions;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.ReportingPeriod;

/** The board pack, and filtering the action list in the app's own view model (no screen needed). */
final class ViewAndReportScenarios {

    private static final ReportingPeriod Q2 = ReportingPeriod.parse("Q2 2026/27");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String[] WORDS = {"patrol", "victim", "zzz", "youth diversion", "cctv", "night"};

    private final Stopwatch stopwatch;

    ViewAndReportScenarios(Stopwatch stopwatch) {
        this.stopwatch = stopwatch;
    }

    List<Measurement> forPlan(Plan plan, String size) throws Exception {
        List<Measurement> rows = new ArrayList<>();
        ReportOptions pack = ReportOptions.of(ReportKind.BOARD_PACK, Q2, TODAY);
        rows.add(stopwatch.measure("board pack (PDF/A)", size, () -> { }, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportExporter.write(plan, pack, "pdf", out, ProgressListener.NONE);
            return out.size();
        }));
        ActionListViewModel list = new ActionListViewModel(TODAY);
        list.show(plan, Q2);
        int[] round = {0};
        rows.add(stopwatch.measure("filter action list by text", size, () -> list.searchTextProperty().set(""), () -> {
            list.searchTextProperty().set(WORDS[round[0]++ % WORDS.length]);
            return list.matchCount();
        }));
        list.searchTextProperty().set("");
        rows.add(stopwatch.measure("filter action list by RAG", size, () -> list.ragProperty().set(RagChoice.ANY), () -> {
            list.ragProperty().set(round[0]++ % 2 == 0 ? RagChoice.RED : RagChoice.AMBER);
            return list.matchCount();
        }));
        list.ragProperty().set(RagChoice.ANY);
        return rows;
    }
}
