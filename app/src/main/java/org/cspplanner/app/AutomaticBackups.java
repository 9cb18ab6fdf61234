package org.cspplanner.app;

import java.util.Map;
import java.util.Optional;
import org.cspplanner.model.backup.BackupException;
import org.cspplanner.model.backup.BackupService;
import org.cspplanner.model.store.StoreException;
import org.cspplanner.model.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The backup taken each time the app opens a workspace, keeping the newest few (10 unless configured). */
public final class AutomaticBackups {
    private AutomaticBackups() {
    }

    /** How many automatic backups to keep; 0 turns them off. A system property wins over the environment. */
    public static final String KEEP_PROPERTY = "cspplanner.backups.keep";
    public static final String KEEP_ENV = "CSP_PLANNER_BACKUPS_KEEP";

    private static final Logger LOG = LoggerFactory.getLogger(AutomaticBackups.class);

    /**
     * Backs the workspace up now. A failure (a full disk, a read-only folder) must not stop the user working,
     * so it is logged and reported rather than thrown.
     */
    public static Optional<String> afterOpen(Workspace workspace) {
        try {
            new BackupService(workspace).automaticBackup(keep(System.getenv(), System.getProperty(KEEP_PROPERTY)));
            return Optional.empty();
        } catch (BackupException | StoreException e) {
            LOG.warn("The automatic backup was not written: {}", e.getClass().getSimpleName());
            return Optional.of(e.getMessage());
        }
    }

    static int keep(Map<String, String> env, String property) {
        String value = property != null ? property : env.get(KEEP_ENV);
        if (value == null || value.isBlank()) {
            return BackupService.DEFAULT_KEEP;
        }
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return BackupService.DEFAULT_KEEP;
        }
    }
}
