package org.cspplanner.app.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Theme;
import org.cspplanner.model.report.RagCounts;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard previews exactly the figures the board pack will print for the same quarter. */
class DashboardViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {"Q1 2026/27", "Q2 2026/27", "Q3 2026/27"})
    void countsPerThemeMatchTheRagReport(String quarter) {
        Plan plan = SamplePlan.create();
        ReportingPeriod period = ReportingPeriod.parse(quarter);
        DashboardViewModel model = new DashboardViewModel();
        model.show(plan, period, TODAY);
        for (int i = 0; i < plan.themes().size(); i++) {
            Theme theme = plan.themes().get(i);
            RagCounts report = RagCounts.of(theme.actions(), period);
            DashboardViewModel.ThemeCounts shown = model.counts().get(i);
            assertEquals(new RagCounts(shown.red(), shown.amber(), shown.green(), shown.complete(), shown.notRated()), report,
                    theme.heading());
        }
    }

    @Test
    void beforeAnyUpdateArrivesEveryOpenActionIsNotRated() {
        Plan plan = SamplePlan.create();
        DashboardViewModel model = new DashboardViewModel();
        model.show(plan, ReportingPeriod.parse("Q3 2026/27"), TODAY);
        long open = plan.actions().filter(a -> a.status().isOpen()).count();
        assertEquals(open, model.counts().stream().mapToInt(DashboardViewModel.ThemeCounts::notRated).sum());
        assertEquals(open, model.noUpdate().size());
    }
}
