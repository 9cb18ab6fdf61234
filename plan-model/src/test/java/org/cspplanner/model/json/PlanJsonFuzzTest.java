package org.cspplanner.model.json;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cspplanner.model.FullPlan;
import org.cspplanner.model.Plan;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.DuplicatePlanException;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.StoreException;
import org.cspplanner.model.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates valid plan files (bytes and JSON trees) for a fixed number of rounds with a fixed seed: reading must
 * either give a plan or a JsonFormatException, never another exception and never a hang; a plan that reads
 * must save, or be refused by the store with a StoreException.
 * -Dcsp.fuzz.rounds=N runs longer; -Dcsp.fuzz.seed=X repeats a run.
 */
class PlanJsonFuzzTest {

    private static final int ROUNDS = Integer.getInteger("csp.fuzz.rounds", 2000);
    private static final long SEED = Long.getLong("csp.fuzz.seed", 8L);
    private static final int SAVED_AT_MOST = 120;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    private final PlanJson json = new PlanJson();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void mutatedPlanFilesGiveAPlanOrAClearErrorNeverACrashOrAHang() throws Exception {
        List<byte[]> fixtures = List.of(json.toBytes(SamplePlan.create()), json.toBytes(FullPlan.create()));
        Random random = new Random(SEED);
        int[] outcome = new int[3];
        long[] slowest = new long[1];
        try (Workspace workspace = Workspace.open(dir)) {
            PlanService plans = new PlanService(workspace);
            assertTimeoutPreemptively(Duration.ofSeconds(240), () -> {
                for (int round = 0; round < ROUNDS; round++) {
                    byte[] fixture = fixtures.get(random.nextInt(fixtures.size()));
                    byte[] mutated = round % 2 == 0 ? mutateBytes(fixture, random) : mutateTree(fixture, random);
                    long t0 = System.nanoTime();
                    Plan plan = readOrNull(mutated, round);
                    slowest[0] = Math.max(slowest[0], System.nanoTime() - t0);
                    if (plan == null) {
                        outcome[0]++;
                    } else if (outcome[1] + outcome[2] < SAVED_AT_MOST) {
                        outcome[saves(plans, plan, round) ? 1 : 2]++;
                    }
                }
            });
        }
        System.out.printf("Fuzz (seed %d): %d rounds; %d refused with a message, %d saved, %d refused by the store;"
                + " slowest read %d ms%n", SEED, ROUNDS, outcome[0], outcome[1], outcome[2], slowest[0] / 1_000_000);
        assertTrue(outcome[0] > ROUNDS / 4 && outcome[1] > 0, "the mutations should produce both outcomes");
    }

    private Plan readOrNull(byte[] bytes, int round) {
        try {
            return json.fromBytes(bytes);
        } catch (JsonFormatException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "round " + round + ": an empty message");
            return null;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail("round " + round + " (seed " + SEED + "): " + e + "\n" + preview(bytes), e);
            return null;
        }
    }

    private static boolean saves(PlanService plans, Plan plan, int round) {
        try {
            plans.addPlan(plan);
            plans.deletePlan(plan.id());
            return true;
        } catch (StoreException | DuplicatePlanException e) {
            return false;
        } catch (RuntimeException e) {
            fail("round " + round + ": saving a plan that read well threw " + e, e);
            return false;
        }
    }

    private static String preview(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    private static byte[] mutateBytes(byte[] in, Random r) {
        byte[] b = in.clone();
        switch (r.nextInt(6)) {
            case 0 -> {
                for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                return b;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 2 -> {
                int from = r.nextInt(b.length);
                int to = Math.min(b.length, from + r.nextInt(200));
                byte[] out = new byte[b.length - (to - from)];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, to, out, from, b.length - to);
                return out;
            }
            case 3 -> {
                int from = r.nextInt(b.length);
                int len = Math.min(b.length - from, r.nextInt(300));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, from + len);
                System.arraycopy(b, from, out, from + len, b.length - from);
                return out;
            }
            case 4 -> {
                String[] tokens = {"{", "}", "[", "]", ",", ":", "\"", "null", "-1", "1e999", "\\u0000", "\u00e9", "\"x\":1,"};
                String s = new String(b, StandardCharsets.UTF_8);
                int at = r.nextInt(s.length());
                return (s.substring(0, at) + tokens[r.nextInt(tokens.length)] + s.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                byte[] out = b.clone();
                for (int i = 0; i < out.length; i++) {
                    if (r.nextInt(500) == 0) {
                        out[i] = (byte) (out[i] ^ (1 << r.nextInt(8)));
                    }
                }
                return out;
            }
        }
    }

    private byte[] mutateTree(byte[] in, Random r) throws Exception {
        JsonNode root = mapper.readTree(in);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            JsonNode parent = containers.get(r.nextInt(containers.size()));
            if (parent instanceof ObjectNode o && o.size() > 0) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(r.nextInt(names.size()));
                if (r.nextInt(5) == 0) {
                    o.remove(name);
                } else {
                    o.set(name, hostileValue(o.get(name), r));
                }
            } else if (parent instanceof ArrayNode a && a.size() > 0) {
                int at = r.nextInt(a.size());
                switch (r.nextInt(3)) {
                    case 0 -> a.remove(at);
                    case 1 -> a.add(a.get(at).deepCopy());
                    default -> a.set(at, hostileValue(a.get(at), r));
                }
            }
        }
        return mapper.writeValueAsBytes(root);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    /** A value of the wrong type, out of range, or near the edge of what the format allows. */
    private static JsonNode hostileValue(JsonNode old, Random r) {
        return switch (r.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(r.nextInt(5) - 2);
            case 2 -> NODES.numberNode(new java.math.BigDecimal("1e300"));
            case 3 -> NODES.textNode("");
            case 4 -> NODES.textNode("x".repeat(1 + r.nextInt(20_000)));
            case 5 -> NODES.textNode("\u0000\u0007\u001b[31m\u202e\r\n\t=cmd|' /C calc'!A0");
            case 6 -> NODES.booleanNode(r.nextBoolean());
            case 7 -> NODES.arrayNode().add(old == null ? NODES.nullNode() : old.deepCopy());
            case 8 -> NODES.objectNode().set("x", old == null ? NODES.nullNode() : old.deepCopy());
            case 9 -> NODES.textNode("2026-02-30");
            case 10 -> NODES.textNode("not-a-uuid");
            case 11 -> NODES.textNode("2026/27 Q9");
            case 12 -> NODES.numberNode(-99_999_999_999L);
            case 13 -> NODES.textNode(old != null && old.isTextual() ? old.asText().toUpperCase() : "GREEN");
            case 14 -> NODES.numberNode(0.1);
            default -> old instanceof ObjectNode o ? NODES.objectNode().setAll(Map.of("a", o.deepCopy())) : NODES.arrayNode();
        };
    }
}
