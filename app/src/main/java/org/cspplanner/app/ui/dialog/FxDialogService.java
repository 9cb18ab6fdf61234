package org.cspplanner.app.ui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The JavaFX dialogs behind {@link DialogService}, owned by the main window so they open over it. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        prepare(alert, title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        prepare(dialog, title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        dialog.getEditor().setAccessibleText(prompt);
        dialog.getEditor().setPrefColumnCount(32);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> choices, T initial) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(initial, choices);
        prepare(dialog, title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        File f = chooser(title, types).showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types, Path initialFolder) {
        FileChooser chooser = chooser(title, types);
        if (initialFolder != null && initialFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && initial.toFile().isDirectory()) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        prepare(alert, title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        prepare(alert, title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType t : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        }
        return chooser;
    }
}
