package org.cspplanner.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest, so that it is set in one place (the POM). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = CspPlannerCommand.class.getPackage().getImplementationVersion();
        return new String[] {"CSP Planner " + (version == null ? "(development build)" : version)};
    }
}
