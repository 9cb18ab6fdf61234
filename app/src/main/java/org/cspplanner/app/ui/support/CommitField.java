package org.cspplanner.app.ui.support;

import java.util.function.Predicate;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text field that hands its text to the view model only when the person leaves it or presses
 * Enter (Ctrl+Enter in a text area), so that one undo step is one finished change. Escape puts
 * back the saved text.
 */
public final class CommitField {

    private final TextInputControl field;
    private final Predicate<String> commit;
    private String loaded = "";

    private CommitField(TextInputControl field, Predicate<String> commit) {
        this.field = field;
        this.commit = commit;
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isDirty()) {
                field.setText(loaded);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && (field instanceof TextField || e.isControlDown())) {
                commit();
                e.consume();
            }
        });
    }

    public static CommitField on(TextField field, Predicate<String> commit) {
        return new CommitField(field, commit);
    }

    public static CommitField on(TextArea area, Predicate<String> commit) {
        return new CommitField(area, commit);
    }

    /** Shows a value from the model without treating it as a change. */
    public void load(String text) {
        loaded = text == null ? "" : text;
        field.setText(loaded);
    }

    public boolean isDirty() {
        return !loaded.equals(field.getText() == null ? "" : field.getText());
    }

    /** Hands a changed text to the model; a refused text stays in the field for the person to put right. */
    public void commit() {
        if (!isDirty()) {
            return;
        }
        String text = field.getText();
        String previous = loaded;
        loaded = text; // mark clean first: committing may cause this field to be reloaded
        if (!commit.test(text)) {
            loaded = previous;
        }
    }

    public TextInputControl field() {
        return field;
    }
}
