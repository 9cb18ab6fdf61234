package org.cspplanner.app.ui.editor;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The "Edit theme…" window: the theme's description and narrative answers, each a text area bound to the view model. */
public final class ThemeEditorDialog {

    private final ThemeEditorViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ThemeEditorDialog(ThemeEditorViewModel model, Window owner) {
        this.model = model;
        dialog.setTitle("Edit theme " + model.heading());
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        VBox form = new VBox(6,
                field("Description", model.descriptionProperty(), 3),
                field("Why this is a priority", model.whyPriorityProperty(), 4),
                field("What we hope to do", model.whatWeHopeToDoProperty(), 4),
                field("Our approach", model.approachProperty(), 4),
                field("How success is measured", model.howSuccessIsMeasuredProperty(), 4),
                field("Data used", model.dataUsedProperty(), 3));
        form.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(620, 560);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().addAll(new ButtonType("Save", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
    }

    /** Shows the window; on Save the changes are applied as one undoable edit. */
    public boolean showAndApply() {
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent() && model.apply();
    }

    private static VBox field(String label, StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(value);
        area.setAccessibleText(label);
        Label l = new Label(label);
        l.setLabelFor(area);
        l.getStyleClass().add("field-label");
        return new VBox(3, l, area);
    }
}
