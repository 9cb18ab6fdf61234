package org.cspplanner.app.ui;

import java.lang.management.ManagementFactory;

/** Start-up milestones printed with -Dcsp.timing=true, for the launch benchmark; silent otherwise. */
final class StartupTiming {

    static final String FIRST_WINDOW = "csp-timing first-window-shown-epoch-ms=";
    static final String READY = "csp-timing ready-epoch-ms=";

    private final boolean enabled;
    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final long entered;
    private long shown;
    private long opened;

    StartupTiming(boolean enabled, long entered) {
        this.enabled = enabled;
        this.entered = entered;
    }

    void firstWindowShown() {
        shown = System.currentTimeMillis();
        if (enabled) {
            System.out.println("csp-timing jvm-to-start-ms=" + (entered - jvmStart) + " start-to-shown-ms=" + (shown - entered));
            System.out.println(FIRST_WINDOW + shown);
        }
    }

    void workspaceOpen() {
        opened = System.currentTimeMillis();
    }

    void ready() {
        long now = System.currentTimeMillis();
        if (enabled) {
            System.out.println("csp-timing shown-to-workspace-open-ms=" + (opened - shown) + " open-to-ready-ms=" + (now - opened)
                    + " jvm-to-ready-ms=" + (now - jvmStart));
            System.out.println(READY + now);
        }
    }
}
