package org.cspplanner.app.ui.edit;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cspplanner.app.ui.dialog.DialogService;
import org.cspplanner.app.ui.undo.UndoManager;
import org.cspplanner.app.ui.undo.UndoableEdit;

/**
 * Where every edit of the open plan goes: it applies the edit (committing it), records it for undo,
 * and keeps the status line honest. A failed save is reported and the plan re-read from the workspace.
 */
public final class PlanEditor {

    public static final String ALL_SAVED = "All changes saved";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanEditor.class);

    private final UndoManager undo;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<PlanDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public PlanEditor(UndoManager undo, DialogService dialogs) {
        this.undo = undo;
        this.dialogs = dialogs;
    }

    public UndoManager undoManager() {
        return undo;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public ReadOnlyObjectProperty<PlanDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public PlanDocument document() {
        return document.get();
    }

    /**
     * Opens another plan (or none): the plan's undo history belongs to the plan it was made on, so it is forgotten;
     * workspace edits (new, deleted, imported plans) are kept.
     */
    public void open(PlanDocument next) {
        undo.forgetPlanEdits();
        document.set(next);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String text) {
        status.set(text);
    }

    /** Applies and records an edit; false when it could not be saved (the person has been told why). */
    public boolean perform(UndoableEdit edit) {
        if (edit == null) {
            return false;
        }
        return attempt(edit.name(), () -> undo.perform(edit));
    }

    public void undo() {
        attempt("Undo", undo::undo);
    }

    public void redo() {
        attempt("Redo", undo::redo);
    }

    private boolean attempt(String what, Runnable work) {
        try {
            work.run();
            status.set(ALL_SAVED);
            return true;
        } catch (RuntimeException e) {
            LOG.error("{} failed", what, e);
            status.set("Not saved: " + what);
            if (document.get() != null) {
                try {
                    document.get().reload();
                } catch (RuntimeException ignored) {
                    // the error below is what the person needs to see
                }
            }
            dialogs.showError("The change could not be saved", what + " failed: " + message(e));
            return false;
        }
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
