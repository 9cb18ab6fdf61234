package org.cspplanner.app.ui.tools;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cspplanner.app.ui.task.TaskRunner;

/** Layout pieces the dialogs share: the window itself, labelled form rows, and the progress line with Cancel. */
public final class ToolWindow {

    public static final String STYLESHEET = Objects.requireNonNull(
            ToolWindow.class.getResource("/org/cspplanner/app/ui/app.css")).toExternalForm();

    private ToolWindow() {
    }

    /** A window over the main one, blocking it, styled as the app is. */
    public static Stage stage(Window owner, String title, Parent root, double width, double height) {
        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setScene(scene(root, width, height));
        return stage;
    }

    public static Scene scene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }

    /** A form grid: labels on the left, fields growing on the right. */
    public static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, values);
        return g;
    }

    /** Adds "label  field" as the next row; the label names the field for screen readers too. */
    public static void row(GridPane g, String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        if (field instanceof Control c) {
            l.setLabelFor(c);
            if (c.getAccessibleText() == null) {
                c.setAccessibleText(label);
            }
        }
        g.addRow(g.getRowCount(), l, field);
    }

    /** "What is happening … [progress] Cancel", shown only while the runner works. */
    public static Node progressLine(TaskRunner tasks, String idPrefix) {
        Label message = new Label();
        message.textProperty().bind(tasks.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "-progress");
        bar.setPrefWidth(200);
        bar.setAccessibleText("Progress");
        bar.progressProperty().bind(tasks.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId(idPrefix + "-cancel");
        cancel.setAccessibleText("Cancel the work under way");
        cancel.setOnAction(e -> tasks.cancel());
        HBox line = new HBox(8, message, bar, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(tasks.runningProperty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** A bold red line for the reason a step failed; hidden while empty. */
    public static Label errorLine(javafx.beans.value.ObservableValue<String> text, String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("editor-message");
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** A drop-down that shows each choice by the given text. */
    public static <T> javafx.scene.control.ComboBox<T> combo(javafx.collections.ObservableList<T> items,
                                                           java.util.function.Function<T, String> text) {
        javafx.scene.control.ComboBox<T> box = new javafx.scene.control.ComboBox<>(items);
        box.setCellFactory(l -> cell(text));
        box.setButtonCell(cell(text));
        return box;
    }

    private static <T> javafx.scene.control.ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** The bottom row of a tool window: what was done, the main button, and Close (which cancels any running work). */
    public static javafx.scene.layout.HBox buttonBar(Parent root, Label done, javafx.scene.control.Button main,
                                                     TaskRunner tasks) {
        javafx.scene.control.Button close = new javafx.scene.control.Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            tasks.cancel();
            ((Stage) root.getScene().getWindow()).close();
        });
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, done, gap, main, close);
        bar.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        return bar;
    }

    /** Space between a window's content and its edges. */
    public static Insets padding() {
        return new Insets(16);
    }
}
