package org.cspplanner.app.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.cspplanner.app.ui.dialog.DialogService;

/** A scripted {@link DialogService} for tests: answers are queued beforehand, and what was shown is recorded. */
public final class FakeDialogService implements DialogService {

    private final Deque<Object> answers = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    /** The folder each file chooser was asked to start in (null when none was given). */
    public final List<Path> initialFolders = new ArrayList<>();
    /** The text of each confirmation asked. */
    public final List<String> confirmations = new ArrayList<>();

    /** Queues the next answer: a Boolean for confirm, a String for askText/choose, a Path for a file chooser, or null for cancel. */
    public FakeDialogService answer(Object answer) {
        answers.add(answer == null ? Cancel.INSTANCE : answer);
        return this;
    }

    private enum Cancel { INSTANCE }

    private Object next(String question) {
        questions.add(question);
        if (answers.isEmpty()) {
            throw new AssertionError("The test did not expect to be asked: " + question);
        }
        Object a = answers.poll();
        return a == Cancel.INSTANCE ? null : a;
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        confirmations.add(message);
        Object a = next(title);
        return a != null && (Boolean) a;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable((String) next(title));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String prompt, List<T> choices, T initial) {
        Object a = next(title);
        return a == null ? Optional.empty() : choices.stream().filter(c -> c.equals(a)).findFirst();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return Optional.ofNullable((Path) next(title));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types, Path initialFolder) {
        initialFolders.add(initialFolder);
        return chooseFileToOpen(title, types);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable((Path) next(title));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        return Optional.ofNullable((Path) next(title));
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }
}
