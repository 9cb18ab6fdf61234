package org.cspplanner.app.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.cspplanner.app.ui.task.TaskRunner;

/** The right of the status bar while long work runs: what it is doing, a progress bar and Cancel. */
final class TaskStatusView {

    private final HBox root = new HBox(8);

    TaskStatusView(TaskRunner tasks) {
        Label message = new Label();
        message.textProperty().bind(tasks.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("task-progress");
        bar.setPrefWidth(160);
        bar.setAccessibleText("Progress");
        bar.progressProperty().bind(tasks.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("task-cancel");
        cancel.setOnAction(e -> tasks.cancel());
        root.getChildren().addAll(message, bar, cancel);
        root.setAlignment(Pos.CENTER_RIGHT);
        root.visibleProperty().bind(tasks.runningProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    Node root() {
        return root;
    }
}
