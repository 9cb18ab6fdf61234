package org.cspplanner.model.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.PlanNotFoundException;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging returns without any spreadsheet: the preview's rules and the single transaction that writes them. */
class ApplyReturnsTest {

    private static final ReportingPeriod Q3 = ReportingPeriod.of(2026, 3);

    @TempDir
    Path dir;

    private final Plan plan = SamplePlan.create();

    private Action action(String code) {
        return plan.actions().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    private ReturnFile file(String name, String organisation, ReturnedAction... actions) {
        return new ReturnFile(name, plan.id(), plan.title(), Q3, Recipient.organisation(organisation), null, "",
                List.of(actions), List.of());
    }

    private ReturnedAction text(String code, String text, Rag rag) {
        return new ReturnedAction(action(code).id(), code, text, rag, List.of(), List.of());
    }

    @Test
    void nothingIsWrittenWhenOneOfTheActionsHasGoneFromTheWorkspace() {
        try (Workspace ws = Workspace.open(dir)) {
            PlanService plans = new PlanService(ws);
            plans.addPlan(plan);
            MergePreview p = ReturnsMerge.preview(plan, List.of(
                    file("a.xlsx", "Police", text("1.2", "Done.", Rag.GREEN), text("1.4", "Late.", Rag.RED))));
            List<Action> updated = ReturnsMerge.apply(p, p.acceptable(), LocalDate.of(2026, 12, 1));
            plans.deleteAction(action("1.4").id());
            assertThrows(PlanNotFoundException.class, () -> plans.applyReturns(updated));
            Plan after = plans.loadPlan(plan.id());
            assertTrue(after.actions().filter(a -> a.code().equals("1.2")).findFirst().orElseThrow().updateFor(Q3).isEmpty());
        }
    }

    @Test
    void anActionFoundOnlyByItsCodeIsMatchedAndSaidSo() {
        ReturnedAction byCode = new ReturnedAction(UUID.randomUUID(), "1.2", "Done.", Rag.GREEN, List.of(), List.of());
        MergePreview p = ReturnsMerge.preview(plan, List.of(file("a.xlsx", "Police", byCode)));
        assertEquals(List.of("1.2"), p.acceptable().stream().map(ActionChange::code).toList());
        assertEquals(ReturnIssue.Kind.MATCHED_BY_CODE, p.issues().get(0).kind());
    }

    @Test
    void anEmptyRowIsReportedAsNoUpdateAndChangesNothing() {
        MergePreview p = ReturnsMerge.preview(plan, List.of(file("a.xlsx", "Police", text("1.2", "", null))));
        assertTrue(p.changes().isEmpty());
        assertEquals("No update was given for this action.", p.issues().get(0).message());
    }

    @Test
    void aRagWithoutTextStillMakesAnUpdateAndMovesTheActionsRag() {
        MergePreview p = ReturnsMerge.preview(plan, List.of(file("a.xlsx", "Police", text("1.2", "", Rag.RED))));
        Action updated = ReturnsMerge.apply(p, p.acceptable(), LocalDate.of(2026, 12, 1)).get(0);
        assertEquals(Rag.RED, updated.rag());
        assertEquals("", updated.updateFor(Q3).orElseThrow().text());
        assertEquals("a.xlsx", updated.updateFor(Q3).orElseThrow().source());
    }

    @Test
    void aChangeFromAnotherPreviewIsRefused() {
        MergePreview p = ReturnsMerge.preview(plan, List.of(file("a.xlsx", "Police", text("1.2", "A", Rag.RED))));
        MergePreview other = ReturnsMerge.preview(plan, List.of(file("b.xlsx", "Police", text("1.2", "B", Rag.RED))));
        assertThrows(IllegalArgumentException.class,
                () -> ReturnsMerge.apply(p, other.acceptable(), LocalDate.of(2026, 12, 1)));
    }
}
