package org.cspplanner.exporters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.model.Plan;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.sample.SeedPlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every layout in every format, read back: each action's code, title, lead and RAG word are there, in order. */
class EveryLayoutAndFormatTest {

    static Stream<Arguments> layoutsAndFormats() {
        return Layouts.names().stream().flatMap(l -> Exporters.formats().stream().map(f -> Arguments.of(l, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("layoutsAndFormats")
    void everyActionsCodeTitleLeadAndRagAppearInPlanOrder(String layout, String format) throws Exception {
        Plan plan = TestPlans.fenland();
        ExportOptions options = ExportOptions.of(layout, TestPlans.Q4);
        byte[] bytes = ReadBack.export(plan, format, options);
        assertTrue(bytes.length > 0);
        ReadBack.assertActionsInOrder(ReadBack.text(format, bytes), plan, options);
    }

    static Stream<Arguments> seedPlansLayoutsAndFormats() {
        return seedPlans().flatMap(p -> Layouts.names().stream()
                .flatMap(l -> Exporters.formats().stream().map(f -> Arguments.of(p.title(), l, f, p))));
    }

    static Stream<Plan> seedPlans() {
        return Stream.of(SamplePlan.create(), SeedPlans.littleportPrevention(), SeedPlans.eastCambridgeshireActionPlan(),
                SeedPlans.southCambridgeshireRollingPlan(), SeedPlans.fenlandDeliveryPlan(),
                SeedPlans.northWestLeicestershireActionPlan());
    }

    @ParameterizedTest(name = "{0}: {1} as {2}")
    @MethodSource("seedPlansLayoutsAndFormats")
    void theSeedPlansReadBackInEveryLayoutAndFormat(String title, String layout, String format, Plan plan) throws Exception {
        ExportOptions options = ExportOptions.of(layout);
        ReadBack.assertActionsInOrder(ReadBack.text(format, ReadBack.export(plan, format, options)), plan, options);
    }
}
