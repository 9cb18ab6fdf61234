package org.cspplanner.model.store;

import java.nio.file.Path;

/** The child of the lock test: opens a workspace, says so, and keeps it open until it is killed. */
public final class HoldOpenChild {
    private HoldOpenChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        EditStreamChild.stopWhenOrphaned();
        Workspace.open(Path.of(args[0]));
        System.out.println("OPEN");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
