package org.cspplanner.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ReportingPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders the main window, the action editor and the dashboard on the sample plan to PNG files.
 * With -Ddocs.screenshots=true they go to docs/images (for the README); otherwise to target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentationScreenshotsTest {

    @TempDir
    static Path folder;

    private UiHarness ui;
    private Scene scene;

    @Start
    void start(Stage stage) {
        ui = new UiHarness(folder.resolve("shots"), true, ViewModelFixture.TODAY);
        // not shown on Monocle's small screen: a scene renders its snapshot at any size
        scene = new Scene(ui.view.root(), 1440, 900);
        scene.getStylesheets().add(MainView.STYLESHEET);
        ui.model.reload();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private static Path target() throws Exception {
        Path dir = Boolean.getBoolean("docs.screenshots")
                ? Path.of(System.getProperty("user.dir")).resolve("../docs/images").normalize()
                : Path.of(System.getProperty("user.dir")).resolve("target/screenshots");
        Files.createDirectories(dir);
        return dir;
    }

    private static Path write(WritableImage image, String name) throws Exception {
        Path file = target().resolve(name);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(buffered, "png", file.toFile());
        return file;
    }

    @Test
    void rendersTheMainWindowTheActionEditorAndTheDashboard(FxRobot robot) throws Exception {
        Plan plan = ui.model.planProperty().get();
        robot.interact(() -> {
            ui.model.actions().selectAction(plan.themes().get(0).actions().get(1).id());
            ui.view.centre().getSelectionModel().select(0);
        });
        Path[] files = new Path[3];
        robot.interact(() -> {
            try {
                files[0] = write(scene.snapshot(null), "main-window.png");
                Node editor = ui.view.editorView().content();
                files[1] = write(editor.snapshot(null, null), "action-editor.png");
                // the last quarter with updates: the current one has none yet in the sample plan
                ui.model.periodProperty().set(ReportingPeriod.parse("Q2 2026/27"));
                ui.view.centre().getSelectionModel().select(1);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                files[2] = write(scene.snapshot(null), "dashboard.png");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (Path f : files) {
            assertTrue(Files.size(f) > 20_000, f + " is too small to be a rendered window");
        }
    }
}
