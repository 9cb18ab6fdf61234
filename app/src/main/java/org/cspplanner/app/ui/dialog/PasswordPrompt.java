package org.cspplanner.app.ui.dialog;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The start-up question for a workspace's password: a message and a password field, "Open" or "Cancel". */
public final class PasswordPrompt {
    private PasswordPrompt() {
    }

    /** The password typed, or empty when cancelled; the caller clears the array after use. */
    public static Optional<char[]> ask(Window owner, String message) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle("CSP Planner: password");
        dialog.setHeaderText("This workspace is protected by a password");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(420);
        PasswordField field = new PasswordField();
        field.setAccessibleText("Password");
        field.setPromptText("Password");
        text.setLabelFor(field);
        dialog.getDialogPane().setContent(new VBox(10, text, field));
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        // PasswordField keeps its text as a String we cannot wipe; clearing the field at least drops our reference.
        dialog.setResultConverter(b -> b == open ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> answer = dialog.showAndWait();
        field.clear();
        return answer;
    }
}
