package org.cspplanner.exporters.returns;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Text;
import org.cspplanner.model.returns.Recipient;

/**
 * One return to generate: the plan, the quarter asked about, who it is for and their actions.
 * {@code deadline} (may be null) and {@code contact} (may be empty) are printed on the instructions sheet.
 */
public record ReturnRequest(Plan plan, ReportingPeriod period, Recipient recipient, List<Action> actions,
                            LocalDate deadline, String contact, LocalDateTime generatedAt) {

    public ReturnRequest {
        if (plan == null || period == null || recipient == null) {
            throw new IllegalArgumentException("A return needs a plan, a quarter and a recipient");
        }
        actions = Text.list(actions);
        contact = Text.clean(contact);
        generatedAt = generatedAt == null ? LocalDateTime.now() : generatedAt.withNano(0);
    }
}
