package org.cspplanner.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.Workspace;
import org.cspplanner.model.store.WorkspaceException;

/**
 * Opens the desktop app's workspace, asking for its password when it has one: a wrong password is asked for
 * again, up to {@link #ATTEMPTS} times, and then refused. A workspace without a password never asks.
 * The asker gets the question to show and returns the password, or empty when the person cancels.
 */
public final class WorkspaceOpener {

    /** How many passwords are tried before the app gives up. */
    public static final int ATTEMPTS = 3;

    private final Function<String, Optional<char[]>> asker;

    public WorkspaceOpener(Function<String, Optional<char[]>> asker) {
        this.asker = asker;
    }

    /** True when the workspace in this folder exists and is protected by a password. */
    public static boolean needsPassword(Path folder) {
        return Workspace.isEncrypted(folder.resolve(Workspace.DATABASE_NAME + ".mv.db"));
    }

    /**
     * The opened workspace, or empty when the person cancelled the password question.
     *
     * @throws WorkspaceException when it cannot be opened, or after {@link #ATTEMPTS} wrong passwords
     */
    public Optional<PlanService> open(Path folder, boolean addSampleIfNew) {
        if (!needsPassword(folder)) {
            return Optional.of(WorkspaceSetup.open(folder, addSampleIfNew));
        }
        String question = "The workspace " + folder.toAbsolutePath().normalize() + " is protected by a password."
                + " Enter the password to open it.";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<char[]> answer = asker.apply(question);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            char[] password = answer.get();
            try {
                return Optional.of(WorkspaceSetup.open(folder, password, addSampleIfNew));
            } catch (WorkspaceException e) {
                if (e.reason() != WorkspaceException.Reason.WRONG_PASSWORD) {
                    throw e;
                }
                int left = ATTEMPTS - attempt;
                question = "That password is wrong. " + (left == 1 ? "One try" : left + " tries") + " left:"
                        + " enter the password of the workspace " + folder.toAbsolutePath().normalize() + ".";
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        throw new WorkspaceException(WorkspaceException.Reason.WRONG_PASSWORD, "The password was wrong " + ATTEMPTS
                + " times, so CSP Planner will close. Nothing in the workspace was changed; start CSP Planner again to"
                + " try once more.", null);
    }
}
