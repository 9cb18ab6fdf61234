package org.cspplanner.model.sample;

import java.util.UUID;

import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.StrategicSection;

/** What the sample plan's theme classes share: the id kit, the two reported quarters and the strategic sections. */
final class SampleParts {

    static final PlanKit KIT = new PlanKit("sample");
    static final ReportingPeriod Q1 = ReportingPeriod.of(2026, 1);
    static final ReportingPeriod Q2 = ReportingPeriod.of(2026, 2);

    static final StrategicSection PREVENTION = KIT.section("S1", "Prevention and early intervention");
    static final StrategicSection ENFORCEMENT = KIT.section("S2", "Enforcement and disruption");
    static final StrategicSection SUPPORT = KIT.section("S3", "Support for victims and communities");

    static final UUID PREVENT = PREVENTION.id();
    static final UUID ENFORCE = ENFORCEMENT.id();
    static final UUID SUPPORTS = SUPPORT.id();

    private SampleParts() {
    }
}
