package org.cspplanner.exporters;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cspplanner.exporters.layout.CustomLayout;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Update;

/**
 * What the user chose in the export dialog or on the command line.
 *
 * @param layout   one of {@link org.cspplanner.exporters.layout.Layouts#names()}
 * @param period   whose updates and RAG appear; null means the latest period with an update
 * @param ragColumn add a "Progress (RAG)" column to layouts whose seed table has none (the board always wants it)
 * @param custom   the columns of the {@code custom} layout; null means the one saved with the plan
 */
public record ExportOptions(String layout, ReportingPeriod period, boolean ragColumn, CustomLayout custom) {

    public ExportOptions {
        Objects.requireNonNull(layout, "layout");
    }

    public static ExportOptions of(String layout) {
        return new ExportOptions(layout, null, true, null);
    }

    public static ExportOptions of(String layout, ReportingPeriod period) {
        return new ExportOptions(layout, period, true, null);
    }

    public ExportOptions withPeriod(ReportingPeriod newPeriod) {
        return new ExportOptions(layout, newPeriod, ragColumn, custom);
    }

    public ExportOptions withCustom(CustomLayout newCustom) {
        return new ExportOptions(layout, period, ragColumn, newCustom);
    }

    public ExportOptions withRagColumn(boolean show) {
        return new ExportOptions(layout, period, show, custom);
    }

    /** The period to report: the chosen one, else the newest period any action has an update for. */
    public ReportingPeriod periodFor(Plan plan) {
        if (period != null) {
            return period;
        }
        return defaultPeriod(plan);
    }

    /** The newest period with an update, or the plan's first quarter when nothing has been reported yet. */
    public static ReportingPeriod defaultPeriod(Plan plan) {
        return plan.actions()
                .flatMap(a -> a.updates().stream())
                .map(Update::period)
                .max(Comparator.naturalOrder())
                .orElseGet(() -> {
                    List<ReportingPeriod> periods = plan.reportingPeriods();
                    return periods.get(0);
                });
    }
}
