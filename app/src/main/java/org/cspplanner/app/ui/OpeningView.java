package org.cspplanner.app.ui;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** What the window shows for the second or so while the workspace opens and the main view is built. */
final class OpeningView {
    private OpeningView() {
    }

    static Parent create(Path folder) {
        Label name = new Label("CSP Planner");
        name.getStyleClass().add("title-2");
        Label what = new Label("Opening your workspace…");
        Label where = new Label(folder.toString());
        where.getStyleClass().add("text-muted");
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(280);
        bar.setAccessibleText("Opening the workspace");
        VBox box = new VBox(12, name, what, bar, where);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
