package org.cspplanner.model.sample;

import org.cspplanner.model.Plan;

/**
 * The five reference plans in /work/shared/seeds, rebuilt as plans from their own rows: fixtures for exporters
 * (regenerating each table layout), importers and the store. Ids are derived from stable names, so each call
 * returns an equal plan.
 */
public final class SeedPlans {

    private SeedPlans() {
    }

    /** Seed 000: Littleport Prevention Plan (Action · Detail · Updates · Updates). */
    public static Plan littleportPrevention() {
        return LittleportSeed.create();
    }

    /** Seed 001: East Cambridgeshire CSP Action Plan 2021-2022 (Area of focus · Commitment · Lead). */
    public static Plan eastCambridgeshireActionPlan() {
        return EastCambridgeshireSeed.create();
    }

    /** Seed 002: South Cambridgeshire CDRP Rolling Plan 2009-2012, a three-year draft with milestones. */
    public static Plan southCambridgeshireRollingPlan() {
        return SouthCambridgeshireSeed.create();
    }

    /** Seed 003: Fenland CSP Partnership delivery plan 2014-15, the year-end RAG report. */
    public static Plan fenlandDeliveryPlan() {
        return FenlandSeed.create();
    }

    /** Seed 004: Safer North West Leicestershire Action Plan 2017/18, priorities × strategic sections. */
    public static Plan northWestLeicestershireActionPlan() {
        return NorthWestLeicestershireSeed.create();
    }
}
