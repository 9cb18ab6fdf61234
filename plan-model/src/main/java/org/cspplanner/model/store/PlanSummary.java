package org.cspplanner.model.store;

import java.time.LocalDate;
import java.util.UUID;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.PlanStatus;

/** A line in the list of plans: enough to choose one without loading it. */
public record PlanSummary(UUID id, String title, String partnership, LocalDate periodStart, LocalDate periodEnd,
                          PlanStatus status, int themeCount, int actionCount) {

    public String periodLabel() {
        FinancialYear first = FinancialYear.containing(periodStart);
        FinancialYear last = FinancialYear.containing(periodEnd);
        return first.equals(last) ? first.label() : first.label() + " – " + last.label();
    }
}
