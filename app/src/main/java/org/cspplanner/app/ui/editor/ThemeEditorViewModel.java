package org.cspplanner.app.ui.editor;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cspplanner.app.ui.edit.PlanEditor;
import org.cspplanner.app.ui.edit.ThemeEdits;
import org.cspplanner.model.Theme;
import org.cspplanner.model.ThemeNarrative;

/** The "Edit theme…" form: a theme's description and its five narrative answers, applied as one undoable edit. */
public final class ThemeEditorViewModel {

    private final PlanEditor editor;
    private final Theme theme;
    private final StringProperty description = new SimpleStringProperty();
    private final StringProperty whyPriority = new SimpleStringProperty();
    private final StringProperty whatWeHopeToDo = new SimpleStringProperty();
    private final StringProperty approach = new SimpleStringProperty();
    private final StringProperty howSuccessIsMeasured = new SimpleStringProperty();
    private final StringProperty dataUsed = new SimpleStringProperty();

    public ThemeEditorViewModel(PlanEditor editor, Theme theme) {
        this.editor = editor;
        this.theme = editor.document().plan().theme(theme.id()).orElse(theme);
        ThemeNarrative n = this.theme.narrative() == null ? ThemeNarrative.EMPTY : this.theme.narrative();
        description.set(this.theme.description());
        whyPriority.set(n.whyPriority());
        whatWeHopeToDo.set(n.whatWeHopeToDo());
        approach.set(n.approach());
        howSuccessIsMeasured.set(n.howSuccessIsMeasured());
        dataUsed.set(n.dataUsed());
    }

    public String heading() {
        return theme.heading();
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty whyPriorityProperty() {
        return whyPriority;
    }

    public StringProperty whatWeHopeToDoProperty() {
        return whatWeHopeToDo;
    }

    public StringProperty approachProperty() {
        return approach;
    }

    public StringProperty howSuccessIsMeasuredProperty() {
        return howSuccessIsMeasured;
    }

    public StringProperty dataUsedProperty() {
        return dataUsed;
    }

    /** Saves the form as one edit ("Edit theme 1 Anti-social behaviour"); false when nothing changed or it could not be saved. */
    public boolean apply() {
        ThemeNarrative narrative = new ThemeNarrative(whyPriority.get(), whatWeHopeToDo.get(), approach.get(),
                howSuccessIsMeasured.get(), dataUsed.get());
        Theme after = theme.withHeader(theme.code(), theme.title(), description.get() == null ? "" : description.get(), narrative);
        if (after.equals(theme)) {
            return false;
        }
        return editor.perform(new ThemeEdits.Change(editor.document(), theme, after, "Edit theme " + theme.heading()));
    }
}
