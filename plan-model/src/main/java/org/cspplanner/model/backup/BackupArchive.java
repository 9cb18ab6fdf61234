package org.cspplanner.model.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.cspplanner.model.Plan;
import org.cspplanner.model.json.JsonFormatException;
import org.cspplanner.model.json.PlanJson;

/**
 * The backup zip: a manifest and one csp-plan JSON entry per plan. Reading checks everything (names, sizes,
 * checksums, every plan parsing) and returns the plans only when all of it holds; it never runs SQL from a file.
 */
final class BackupArchive {
    private BackupArchive() {
    }

    /** Far above any real workspace (the bundled sample plan is about 0.1 MB of JSON). */
    static final int MAX_ENTRIES = 5_000;
    static final long MAX_ENTRY_BYTES = 64L << 20;
    static final long MAX_TOTAL_BYTES = 256L << 20;

    static byte[] write(List<Plan> plans, Instant createdAt) {
        PlanJson json = new PlanJson();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            List<BackupManifest.Entry> entries = new ArrayList<>();
            for (Plan plan : plans) {
                byte[] content = json.toBytes(plan);
                String name = BackupManifest.Entry.nameFor(plan.id());
                entries.add(new BackupManifest.Entry(plan.id(), name, WorkspaceContent.sha256Hex(content), content.length));
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            }
            BackupManifest manifest = new BackupManifest(createdAt, entries, WorkspaceContent.digest(plans));
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY_NAME));
            zip.write(manifest.toBytes());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The plans in a backup zip, after every check has passed. */
    static Contents read(byte[] zipBytes) {
        if (zipBytes.length < 4 || zipBytes[0] != 'P' || zipBytes[1] != 'K' || zipBytes[2] != 3 || zipBytes[3] != 4) {
            throw BackupManifest.damaged("it is not a CSP Planner backup (not a zip file)", null);
        }
        Map<String, byte[]> entries = readEntries(zipBytes);
        byte[] manifestBytes = entries.remove(BackupManifest.ENTRY_NAME);
        if (manifestBytes == null) {
            throw BackupManifest.damaged("it has no table of contents (" + BackupManifest.ENTRY_NAME + ")", null);
        }
        BackupManifest manifest = BackupManifest.fromBytes(manifestBytes);
        PlanJson json = new PlanJson();
        List<Plan> plans = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (BackupManifest.Entry e : manifest.plans()) {
            if (!listed.add(e.name())) {
                throw BackupManifest.damaged("its table of contents lists " + e.name() + " twice", null);
            }
            byte[] content = entries.get(e.name());
            if (content == null) {
                throw BackupManifest.damaged(e.name() + " is listed but missing", null);
            }
            if (content.length != e.size() || !WorkspaceContent.sha256Hex(content).equals(e.sha256())) {
                throw BackupManifest.damaged(e.name() + " has been changed or damaged (its checksum does not match)", null);
            }
            Plan plan;
            try {
                plan = json.fromBytes(content);
            } catch (JsonFormatException ex) {
                throw BackupManifest.damaged(e.name() + " is not a valid plan: " + ex.getMessage(), ex);
            }
            if (!plan.id().equals(e.planId())) {
                throw BackupManifest.damaged(e.name() + " holds a different plan from the one listed", null);
            }
            plans.add(plan);
        }
        entries.keySet().removeAll(listed);
        if (!entries.isEmpty()) {
            throw BackupManifest.damaged("it holds files its table of contents does not list (" + entries.keySet().iterator().next() + ")", null);
        }
        if (!WorkspaceContent.digest(plans).equals(manifest.contentSha256())) {
            throw BackupManifest.damaged("its overall checksum does not match its plans", null);
        }
        return new Contents(manifest.createdAt(), plans);
    }

    /** Every entry's bytes, refusing duplicates, odd names, too many entries and anything too big once inflated. */
    private static Map<String, byte[]> readEntries(byte[] zipBytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (entries.size() >= MAX_ENTRIES) {
                    throw BackupManifest.damaged("it holds more than " + MAX_ENTRIES + " files", null);
                }
                if (entry.isDirectory() || !(name.equals(BackupManifest.ENTRY_NAME) || name.matches("plans/[0-9a-f-]{36}\\.json"))) {
                    throw BackupManifest.damaged("it holds a file a backup never has (" + printable(name) + ")", null);
                }
                if (entries.containsKey(name)) {
                    throw BackupManifest.damaged("it holds " + name + " twice", null);
                }
                byte[] content = readBounded(zip, name);
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw BackupManifest.damaged("it would unpack to more than " + (MAX_TOTAL_BYTES >> 20) + " MB", null);
                }
                entries.put(name, content);
            }
        } catch (ZipException e) {
            throw BackupManifest.damaged("the zip file is damaged (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw BackupManifest.damaged("the zip file could not be read (" + e.getMessage() + ")", e);
        }
        if (entries.isEmpty()) {
            throw BackupManifest.damaged("the zip file is empty or damaged", null);
        }
        return entries;
    }

    private static byte[] readBounded(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            size += n;
            if (size > MAX_ENTRY_BYTES) {
                throw BackupManifest.damaged(name + " would unpack to more than " + (MAX_ENTRY_BYTES >> 20) + " MB", null);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String printable(String name) {
        String cleaned = name.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) + "…" : cleaned;
    }

    /** What a valid backup holds. */
    record Contents(Instant createdAt, List<Plan> plans) {
    }
}
