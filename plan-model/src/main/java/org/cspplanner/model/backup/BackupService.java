package org.cspplanner.model.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.spec.SecretKeySpec;
import org.cspplanner.model.Plan;
import org.cspplanner.model.store.PlanStore;
import org.cspplanner.model.store.PlanSummary;
import org.cspplanner.model.store.Workspace;
import org.cspplanner.model.store.WorkspaceKey;

/**
 * Backups of a whole workspace as a zip of csp-plan JSON files with a checksummed manifest (encrypted when the
 * workspace has a password): on demand, automatically on each open (keeping the newest few), and restore,
 * which checks the whole backup before it replaces anything and then replaces every plan in one transaction.
 */
public final class BackupService {

    /** How many automatic backups are kept unless configured otherwise. */
    public static final int DEFAULT_KEEP = 10;
    /** Name of the folder, inside the workspace folder, that holds the automatic backups. */
    public static final String FOLDER = "backups";
    /** The ending of backup files. */
    public static final String EXTENSION = ".cspbackup";

    /** Bigger than any real backup; reading is refused above it rather than filling memory. */
    static final long MAX_FILE_BYTES = 256L << 20;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Workspace workspace;
    private final PlanStore store = new PlanStore();

    public BackupService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The folder of automatic backups: beside the workspace file. */
    public Path automaticFolder() {
        return workspace.directory().resolve(FOLDER);
    }

    /** Writes a backup of every plan to a file; the file appears only when it is complete. */
    public Summary backupTo(Path file) {
        List<Plan> plans = WorkspaceContent.allPlans(workspace);
        Instant now = Instant.now();
        writeAtomically(file, seal(BackupArchive.write(plans, now)));
        return new Summary(file, plans.size(), WorkspaceContent.digest(plans), now);
    }

    /**
     * Writes an automatic backup unless the newest one already holds the same plans, then deletes all but the
     * newest {@code keep}. Keep 0 turns automatic backups off.
     */
    public Optional<Summary> automaticBackup(int keep) {
        if (keep <= 0) {
            return Optional.empty();
        }
        List<Plan> plans = WorkspaceContent.allPlans(workspace);
        String digest = WorkspaceContent.digest(plans);
        List<Path> existing = automaticBackups();
        if (!existing.isEmpty() && existing.get(0).getFileName().toString().contains("-" + digest.substring(0, 16) + EXTENSION)) {
            prune(keep);
            return Optional.empty();
        }
        Summary written = writeAutomatic(plans, digest);
        prune(keep);
        return Optional.of(written);
    }

    /** The automatic backups, newest first. */
    public List<Path> automaticBackups() {
        Path folder = automaticFolder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith("backup-") && n.endsWith(EXTENSION);
            }).sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new BackupException("The backups folder " + folder + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Checks a backup completely and returns what it holds, writing nothing. */
    public Summary verify(Path file) {
        BackupArchive.Contents contents = open(file);
        List<Plan> plans = contents.plans();
        return new Summary(file, plans.size(), WorkspaceContent.digest(plans), contents.createdAt());
    }

    /**
     * Replaces every plan in the workspace with those in the backup. The backup is checked completely first
     * (manifest, checksums, every plan); then the current plans are saved to an automatic backup, so that a
     * restore can itself be undone; then the replacement is one transaction.
     */
    public Restored restore(Path file) {
        List<Plan> plans = open(file).plans();
        // Workspace's methods lock the workspace itself: holding that lock from the snapshot to the commit keeps
        // any edit from another thread (the desktop's) out of the gap, where it would be in neither.
        synchronized (workspace) {
            List<Plan> current = WorkspaceContent.allPlans(workspace);
            Summary safety = writeAutomatic(current, WorkspaceContent.digest(current));
            workspace.inTransaction(c -> {
                for (PlanSummary p : store.list(c)) {
                    store.delete(c, p.id());
                }
                for (Plan p : plans) {
                    store.insert(c, p);
                }
                return null;
            });
            return new Restored(plans.size(), safety.file());
        }
    }

    private BackupArchive.Contents open(Path file) {
        byte[] bytes = readBounded(file);
        if (BackupCipher.isEncrypted(bytes)) {
            SecretKeySpec key = workspace.key().map(WorkspaceKey::backupKey).orElseThrow(() -> new BackupException(
                    "This backup is protected by a password: open the workspace with that password to restore it.", null));
            bytes = BackupCipher.decrypt(key, bytes);
        }
        return BackupArchive.read(bytes);
    }

    private static byte[] readBounded(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw BackupManifest.damaged("it is larger (" + (size >> 20) + " MB) than any CSP Planner backup", null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BackupException("No such file: " + file, e);
        } catch (IOException e) {
            throw new BackupException("The backup " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Backups of a password-protected workspace are encrypted with a key from the same password. */
    private byte[] seal(byte[] zip) {
        return workspace.key().map(k -> BackupCipher.encrypt(k.backupKey(), zip)).orElse(zip);
    }

    private Summary writeAutomatic(List<Plan> plans, String digest) {
        Path folder = automaticFolder();
        String base = "backup-" + STAMP.format(Instant.now()) + "-";
        Path file = folder.resolve(base + digest.substring(0, 16) + EXTENSION);
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(base + i + "-" + digest.substring(0, 16) + EXTENSION);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BackupException("The backups folder " + folder + " could not be created: " + e.getMessage(), e);
        }
        Instant now = Instant.now();
        writeAtomically(file, seal(BackupArchive.write(plans, now)));
        return new Summary(file, plans.size(), digest, now);
    }

    private void prune(int keep) {
        List<Path> all = automaticBackups();
        Set<Path> failed = new HashSet<>();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                failed.add(old);
            }
        }
        if (!failed.isEmpty()) {
            throw new BackupException("Old backups could not be deleted: " + failed, null);
        }
    }

    /**
     * Temp file, flushed to the disk, then renamed over the target: a crash or a full disk leaves the previous
     * file as it was, never half a backup.
     */
    static void writeAtomically(Path target, byte[] content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            if (folder == null || !Files.isDirectory(folder)) {
                throw new NoSuchFileException(String.valueOf(folder), null, "the folder does not exist");
            }
            temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (NoSuchFileException e) {
            throw new BackupException("The backup could not be written: the folder " + folder + " does not exist.", e);
        } catch (IOException e) {
            String reason = e.getMessage() != null && e.getMessage().contains("No space left")
                    ? "the disk is full. Free some space and try again" : e.getMessage();
            throw new BackupException("The backup " + absolute + " could not be written: " + reason
                    + ". Any earlier file of that name is unchanged.", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Best effort: a stray .part file is harmless and never read.
                }
            }
        }
    }

    /** A backup written or checked: where it is, how many plans it holds, the digest of those plans, and when it was made. */
    public record Summary(Path file, int planCount, String contentDigest, Instant createdAt) {
    }

    /** A restore that happened: how many plans are now in the workspace, and the backup of what was there before. */
    public record Restored(int planCount, Path previousContents) {
    }
}
