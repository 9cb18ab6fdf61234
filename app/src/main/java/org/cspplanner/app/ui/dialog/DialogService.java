package org.cspplanner.app.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What view models may ask of the person at the screen: confirmations, a line of text, files, and news of errors. */
public interface DialogService {

    /** A file type for the file choosers: "CSP Planner plan (*.json)" with its patterns. */
    record FileType(String description, List<String> patterns) {
        public static FileType of(String description, String... patterns) {
            return new FileType(description, List.of(patterns));
        }
    }

    /** True when the person agrees; {@code action} is the wording of the confirm button ("Delete theme"). */
    boolean confirm(String title, String message, String action);

    /** A line of text, or empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /** One of the choices, or empty when cancelled. */
    <T> Optional<T> choose(String title, String prompt, List<T> choices, T initial);

    Optional<Path> chooseFileToOpen(String title, List<FileType> types);

    /** As {@link #chooseFileToOpen(String, List)}, starting in {@code initialFolder} when it exists. */
    default Optional<Path> chooseFileToOpen(String title, List<FileType> types, Path initialFolder) {
        return chooseFileToOpen(title, types);
    }

    Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types);

    /** A folder, or empty when cancelled; {@code initial} is where the chooser starts, if it exists. */
    Optional<Path> chooseFolder(String title, Path initial);

    void showError(String title, String message);

    void showInformation(String title, String message);
}
