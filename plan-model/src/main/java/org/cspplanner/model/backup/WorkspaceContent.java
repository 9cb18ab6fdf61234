package org.cspplanner.model.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.cspplanner.model.Plan;
import org.cspplanner.model.json.PlanJson;
import org.cspplanner.model.store.PlanStore;
import org.cspplanner.model.store.PlanSummary;
import org.cspplanner.model.store.Workspace;

/** Every plan of a workspace read in one transaction, and a digest of them that changes exactly when a plan does. */
public final class WorkspaceContent {
    private WorkspaceContent() {
    }

    /** All plans, ordered by id, read together so that no edit can fall between two of them. */
    public static List<Plan> allPlans(Workspace workspace) {
        PlanStore store = new PlanStore();
        return workspace.read(c -> {
            List<Plan> plans = new ArrayList<>();
            for (PlanSummary s : store.list(c)) {
                store.load(c, s.id()).ifPresent(plans::add);
            }
            plans.sort(Comparator.comparing(Plan::id));
            return plans;
        });
    }

    /** SHA-256 over each plan's csp-plan JSON, in id order: equal digests mean equal plans. */
    public static String digest(List<Plan> plans) {
        MessageDigest sha = sha256();
        PlanJson json = new PlanJson();
        plans.stream().sorted(Comparator.comparing(Plan::id)).forEach(p -> {
            try {
                sha.update(sha256().digest(json.toBytes(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String digest(Workspace workspace) {
        return digest(allPlans(workspace));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
