package org.cspplanner.model.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cspplanner.model.Action;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Plan;
import org.cspplanner.model.returns.ReturnsPlanner.Assignment;
import org.cspplanner.model.returns.ReturnsPlanner.By;
import org.cspplanner.model.sample.SamplePlan;
import org.junit.jupiter.api.Test;

class ReturnsPlannerTest {

    private final Plan plan = SamplePlan.create();

    private static List<String> codesFor(List<Assignment> assignments, Recipient who) {
        return assignments.stream().filter(a -> a.recipient().sameAs(who)).findFirst()
                .map(a -> a.actions().stream().map(Action::code).toList()).orElse(List.of());
    }

    @Test
    void byOrganisationAnActionWithTwoLeadsGoesToBoth() {
        List<Assignment> returns = ReturnsPlanner.plan(plan, By.ORGANISATION);
        assertTrue(codesFor(returns, Recipient.organisation("WVDC")).contains("1.1"));
        assertTrue(codesFor(returns, Recipient.organisation("Police")).contains("1.1"));
        assertEquals(List.of("WVDC", "Police", "Vale Homes", "WCC", "WVFRS", "Pathways", "Probation", "ICB"),
                returns.stream().map(a -> a.recipient().label()).toList());
    }

    @Test
    void closedActionsAreNotSentToAnyone() {
        List<Assignment> returns = ReturnsPlanner.plan(plan, By.ORGANISATION);
        assertTrue(returns.stream().flatMap(a -> a.actions().stream()).noneMatch(a -> a.code().equals("1.5")),
                "1.5 is complete");
    }

    @Test
    void byOfficerNamedLeadsGetTheirOwnReturnAndOrganisationLeadsTheOrganisations() {
        List<Assignment> returns = ReturnsPlanner.plan(plan, By.OFFICER);
        assertEquals(List.of("1.1"), codesFor(returns, new Recipient("WVDC", "Helen Marsh")));
        assertEquals(List.of("1.2"), codesFor(returns, new Recipient("Police", "Insp Daniel Okafor")));
        assertTrue(codesFor(returns, Recipient.organisation("Police")).containsAll(List.of("1.1", "1.4")));
        assertTrue(codesFor(returns, Recipient.organisation("Police")).stream().noneMatch("1.2"::equals));
    }

    @Test
    void aLeadWrittenAsAnOfficerOnlyBelongsToTheirOrganisation() {
        Action a = plan.actions().filter(x -> x.code().equals("1.3")).findFirst().orElseThrow()
                .toBuilder().leads(List.of(Lead.officer("Gareth Lloyd", ""))).build();
        List<Assignment> returns = ReturnsPlanner.plan(plan.withAction(a), By.ORGANISATION);
        assertTrue(codesFor(returns, Recipient.organisation("WVDC")).contains("1.3"));
    }

    @Test
    void recipientsMakeSafeFileNames() {
        assertEquals("Vale-Homes", Recipient.organisation("Vale Homes").fileStem());
        assertEquals("P-CC-Sgt-Ben-Di-Meo", new Recipient("P&CC", "Sgt Ben Di-Meo").fileStem());
        assertEquals("Helen Marsh (WVDC)", new Recipient("WVDC", "Helen Marsh").label());
    }
}
