package org.cspplanner.model.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cspplanner.model.Action;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Officer;
import org.cspplanner.model.Plan;

/**
 * Decides who is sent which actions for a quarter's returns: one return per lead organisation, or per lead
 * officer. An action with several leads goes to each of them. Closed actions (complete, dropped, carried over)
 * need no update, so they are left out.
 */
public final class ReturnsPlanner {

    /** How the returns are split. */
    public enum By {
        ORGANISATION, OFFICER
    }

    /** One return to send: its recipient and their actions, in plan order. */
    public record Assignment(Recipient recipient, List<Action> actions) {
        public Assignment {
            actions = List.copyOf(actions);
        }
    }

    private ReturnsPlanner() {
    }

    public static List<Assignment> plan(Plan plan, By by) {
        Map<Recipient, List<Action>> byRecipient = new LinkedHashMap<>();
        plan.actions().filter(a -> a.status().isOpen()).forEach(action -> {
            List<Recipient> seen = new ArrayList<>();
            for (Lead lead : action.leads()) {
                Recipient r = recipientOf(plan, lead, by);
                if (seen.stream().noneMatch(r::sameAs)) {
                    seen.add(r);
                    Recipient key = byRecipient.keySet().stream().filter(r::sameAs).findFirst().orElse(r);
                    byRecipient.computeIfAbsent(key, k -> new ArrayList<>()).add(action);
                }
            }
        });
        return byRecipient.entrySet().stream().map(e -> new Assignment(e.getKey(), e.getValue())).toList();
    }

    private static Recipient recipientOf(Plan plan, Lead lead, By by) {
        // A lead written with an officer only ("Sgt Ben Di-Meo") still belongs to an organisation when the plan knows them.
        String organisation = lead.organisation().isEmpty()
                ? plan.officers().stream().filter(o -> o.name().equalsIgnoreCase(lead.officer()))
                        .map(Officer::organisation).findFirst().orElse("")
                : lead.organisation();
        if (by == By.OFFICER || organisation.isEmpty()) {
            return new Recipient(organisation, lead.officer());
        }
        return Recipient.organisation(organisation);
    }
}
