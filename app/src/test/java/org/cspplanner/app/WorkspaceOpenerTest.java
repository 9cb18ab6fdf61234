package org.cspplanner.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cspplanner.model.Plan;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.WorkspaceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up password question: asked only for a protected workspace, again after a wrong password, three times at most. */
class WorkspaceOpenerTest {

    private static final String TITLE = "Safer Wyvern 2026/27";

    @TempDir
    Path folder;

    private Path protectedWorkspace;
    private final List<String> questions = new ArrayList<>();
    private final List<char[]> given = new ArrayList<>();

    @BeforeEach
    void createProtectedWorkspace() {
        protectedWorkspace = folder.resolve("protected");
        PlanService created = WorkspaceSetup.open(protectedWorkspace, "right horse".toCharArray(), false);
        created.addPlan(Plan.builder(TITLE).build());
        created.workspace().close();
    }

    @Test
    void aProtectedWorkspaceOpensWithTheRightPasswordAndThePasswordIsWipedAfterwards() {
        PlanService opened = new WorkspaceOpener(answers("right horse")).open(protectedWorkspace, true).orElseThrow();
        try {
            assertEquals(List.of(TITLE), opened.listPlans().stream().map(p -> p.title()).toList());
            assertEquals(1, questions.size());
            assertTrue(questions.get(0).contains("protected by a password"), questions.get(0));
            assertArrayEquals(new char["right horse".length()], given.get(0), "the password is cleared after use");
        } finally {
            opened.workspace().close();
        }
    }

    @Test
    void aWrongPasswordIsAskedForAgainAndTheRightOneThenOpens() {
        PlanService opened = new WorkspaceOpener(answers("wrong", "right horse")).open(protectedWorkspace, true).orElseThrow();
        try {
            assertEquals(2, questions.size());
            assertTrue(questions.get(1).startsWith("That password is wrong. 2 tries left"), questions.get(1));
            assertEquals(1, opened.listPlans().size());
        } finally {
            opened.workspace().close();
        }
    }

    @Test
    void threeWrongPasswordsAreRefusedAndTheWorkspaceStillOpensWithTheRightOne() {
        WorkspaceException refused = assertThrows(WorkspaceException.class,
                () -> new WorkspaceOpener(answers("wrong", "also wrong", "still wrong", "right horse")).open(protectedWorkspace, true));
        assertEquals(3, questions.size(), "no fourth question");
        assertTrue(questions.get(2).startsWith("That password is wrong. One try left"), questions.get(2));
        assertTrue(refused.getMessage().contains("wrong 3 times"), refused.getMessage());

        PlanService opened = new WorkspaceOpener(answers("right horse")).open(protectedWorkspace, true).orElseThrow();
        try {
            assertEquals(List.of(TITLE), opened.listPlans().stream().map(p -> p.title()).toList());
        } finally {
            opened.workspace().close();
        }
    }

    @Test
    void cancellingTheQuestionOpensNothing() {
        Function<String, Optional<char[]>> cancel = q -> {
            questions.add(q);
            return Optional.empty();
        };
        assertEquals(Optional.empty(), new WorkspaceOpener(cancel).open(protectedWorkspace, true));
        assertEquals(1, questions.size());
    }

    @Test
    void aWorkspaceWithoutAPasswordNeverAsks() {
        Path plain = folder.resolve("plain");
        WorkspaceSetup.open(plain, false).workspace().close();
        PlanService opened = new WorkspaceOpener(q -> {
            throw new AssertionError("asked: " + q);
        }).open(plain, true).orElseThrow();
        try {
            assertTrue(opened.listPlans().isEmpty());
            assertTrue(!WorkspaceOpener.needsPassword(plain));
            assertTrue(WorkspaceOpener.needsPassword(protectedWorkspace));
        } finally {
            opened.workspace().close();
        }
    }

    /** An asker that gives these passwords in turn and records each question and each array it handed over. */
    private Function<String, Optional<char[]>> answers(String... passwords) {
        Deque<String> queue = new ArrayDeque<>(List.of(passwords));
        return q -> {
            questions.add(q);
            char[] p = queue.remove().toCharArray();
            given.add(p);
            return Optional.of(p);
        };
    }
}
