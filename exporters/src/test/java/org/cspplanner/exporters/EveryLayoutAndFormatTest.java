package org.cspplanner.exporters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.model.Plan;
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
        byte[] bytes = ReadBack.export(plan, format, ExportOptions.of(layout, TestPlans.Q4));
        assertTrue(bytes.length > 0);
        String text = ReadBack.text(format, bytes);
        ReadBack.assertActionsInOrder(text, plan, TestPlans.Q4);
    }
}
