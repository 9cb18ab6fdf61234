package org.cspplanner.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.sample.SeedPlans;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.Workspace;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample plan and a plan built from each seed's own rows survive JSON and the database unchanged. */
class RoundTripTest {

    @TempDir
    Path folder;

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("sample plan", (Supplier<Plan>) SamplePlan::create),
                Arguments.of("seed 000 prevention plan", (Supplier<Plan>) SeedPlans::littleportPrevention),
                Arguments.of("seed 001 area of focus", (Supplier<Plan>) SeedPlans::eastCambridgeshireActionPlan),
                Arguments.of("seed 002 rolling plan", (Supplier<Plan>) SeedPlans::southCambridgeshireRollingPlan),
                Arguments.of("seed 003 delivery plan", (Supplier<Plan>) SeedPlans::fenlandDeliveryPlan),
                Arguments.of("seed 004 action plan matrix", (Supplier<Plan>) SeedPlans::northWestLeicestershireActionPlan));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void jsonExportThenImportGivesTheSamePlan(String name, Supplier<Plan> plan) throws Exception {
        PlanJson json = new PlanJson();
        Plan original = plan.get();
        byte[] first = json.toBytes(original);
        Plan read = json.fromBytes(first);
        assertEquals(original, read);
        assertArrayEquals(first, json.toBytes(read));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void theDatabaseGivesBackTheSamePlan(String name, Supplier<Plan> plan) {
        Plan original = plan.get();
        try (Workspace workspace = Workspace.open(folder)) {
            PlanService service = new PlanService(workspace);
            service.addPlan(original);
            assertEquals(original, service.loadPlan(original.id()));
        }
    }
}
