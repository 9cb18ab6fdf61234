package org.cspplanner.app.ui.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cspplanner.app.ui.tools.WorkbenchFixture;
import org.cspplanner.model.Action;
import org.cspplanner.model.Rag;
import org.cspplanner.model.Update;
import org.junit.jupiter.api.Test;

class ReturnsViewModelTest extends WorkbenchFixture {

    static final String Q3 = "Q3 2026/27";
    static final String POLICE_FILE = "return-Q3-2026-27-Police.xlsx";

    /** Sends the returns for Q3 into a folder, as a coordinator would. */
    static Path sendReturns(org.cspplanner.app.ui.tools.Workbench bench, org.cspplanner.app.ui.FakeDialogService dialogs,
                            Path folder) {
        SendReturnsViewModel send = new SendReturnsViewModel(bench);
        dialogs.answer(folder.resolve("returns-Q3-2026-27.csv"));
        send.chooseFolder();
        assertTrue(send.send(), send.errorProperty().get());
        return folder;
    }

    private Action stored(String code) {
        return service.loadPlan(open().id()).actions().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void sendShowsWhoGetsWhatAndWritesTheWorkbooksAndTheCoveringList() throws Exception {
        SendReturnsViewModel send = new SendReturnsViewModel(bench);
        assertEquals(Q3, send.periodProperty().get().label());
        SendReturnsViewModel.Recipient police = send.recipients().stream().filter(r -> r.who().equals("Police"))
                .findFirst().orElseThrow();
        assertEquals(POLICE_FILE, police.fileName());
        assertTrue(police.codes().contains("1.2"), police.codes());

        Path out = folder.resolve("out");
        sendReturns(bench, dialogs, out);
        assertTrue(Files.isRegularFile(out.resolve(POLICE_FILE)));
        String list = Files.readString(out.resolve("returns-Q3-2026-27.csv"));
        assertTrue(list.contains(POLICE_FILE), list);
        try (var files = Files.list(out)) {
            assertEquals(send.recipients().size() + 1, files.count(), "one workbook per recipient and the covering list");
        }
    }

    @Test
    void mergeShowsTheChangeNothingIsWrittenUntilApplyAndUndoTakesItBack() throws Exception {
        Path out = sendReturns(bench, dialogs, folder.resolve("out"));
        ReturnsFixtures.fillIn(out.resolve(POLICE_FILE), "1.2", "Patrols continued through half term.", "Amber");
        Action before = stored("1.2");

        MergeReturnsViewModel merge = new MergeReturnsViewModel(bench);
        dialogs.answer(out.resolve(POLICE_FILE));
        merge.addFile();
        ChangeRow change = merge.rows().stream().filter(r -> r.code().equals("1.2")).findFirst().orElseThrow();
        assertEquals("Patrols continued through half term.", change.proposedText());
        assertEquals("Amber", change.proposedRag());
        assertFalse(change.isAccepted(), "nothing is accepted until the person says so");
        assertTrue(merge.issues().stream().anyMatch(i -> i.contains(POLICE_FILE)), merge.issues().toString());
        assertEquals(before, stored("1.2"), "the preview writes nothing");

        merge.acceptAllWithoutConflicts();
        assertTrue(change.isAccepted());
        merge.rows().stream().filter(r -> r != change).forEach(r -> r.acceptedProperty().set(false));
        assertTrue(merge.apply(), merge.errorProperty().get());

        Update added = stored("1.2").updateFor(org.cspplanner.model.ReportingPeriod.parse(Q3)).orElseThrow();
        assertEquals("Patrols continued through half term.", added.text());
        assertEquals(Rag.AMBER, added.rag());
        assertEquals(Rag.AMBER, open().actions().filter(a -> a.code().equals("1.2")).findFirst().orElseThrow().rag(),
                "the window shows the merged update at once");
        assertTrue(main.undoManager().undoLabelProperty().get().startsWith("Undo merge of 1 return change for Q3 2026/27"));

        undo();
        assertEquals(before, stored("1.2"));
    }

    @Test
    void acceptingTwoReturnsForOneActionIsRefused() throws Exception {
        Path out = sendReturns(bench, dialogs, folder.resolve("out"));
        Path copy = out.resolve("return-Q3-2026-27-Police-again.xlsx");
        ReturnsFixtures.fillIn(out.resolve(POLICE_FILE), "1.2", "Patrols continued.", "Amber");
        Files.copy(out.resolve(POLICE_FILE), copy);
        ReturnsFixtures.fillIn(copy, "1.2", "Patrols stopped.", "Red");

        MergeReturnsViewModel merge = new MergeReturnsViewModel(bench);
        merge.addFiles(List.of(out.resolve(POLICE_FILE), copy));
        List<ChangeRow> conflicting = merge.rows().stream().filter(r -> r.code().equals("1.2")).toList();
        assertEquals(2, conflicting.size());
        assertTrue(conflicting.stream().allMatch(ChangeRow::isConflict));
        merge.acceptAllWithoutConflicts();
        assertTrue(conflicting.stream().noneMatch(ChangeRow::isAccepted));
        merge.rejectAll();
        conflicting.forEach(r -> r.acceptedProperty().set(true));
        assertFalse(merge.apply());
        assertTrue(merge.errorProperty().get().startsWith("Accept only one return for 1.2"), merge.errorProperty().get());
    }
}
