package org.cspplanner.app.ui.tools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cspplanner.app.WorkspaceSetup;
import org.cspplanner.app.ui.FakeDialogService;
import org.cspplanner.app.ui.MainView;
import org.cspplanner.app.ui.MainViewModel;
import org.cspplanner.app.ui.export.ExportDialogView;
import org.cspplanner.app.ui.export.ExportDialogViewModel;
import org.cspplanner.app.ui.importing.ImportWizardView;
import org.cspplanner.app.ui.importing.ImportWizardViewModel;
import org.cspplanner.app.ui.returns.MergeReturnsViewModel;
import org.cspplanner.app.ui.returns.ReturnsViews;
import org.cspplanner.app.ui.returns.SendReturnsViewModel;
import org.cspplanner.app.ui.task.SynchronousTaskRunner;
import org.cspplanner.app.ui.undo.UndoManager;
import org.cspplanner.exporters.importing.ImportField;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.model.service.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders the import wizard (at its preview), the export dialog (custom layout) and the merge-returns review to PNG.
 * With -Ddocs.screenshots=true they go to docs/images; otherwise to target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class DialogScreenshotsTest {

    @TempDir
    static Path folder;

    private PlanService service;
    private final FakeDialogService dialogs = new FakeDialogService();
    private Workbench bench;

    @Start
    void start(Stage stage) {
        MainView.applyTheme(false);
        service = WorkspaceSetup.open(folder.resolve("ws-" + System.nanoTime()), true);
        MainViewModel main = new MainViewModel(service, new UndoManager(), dialogs, new SynchronousTaskRunner(), WorkbenchFixture.TODAY);
        main.reload();
        bench = new MainWorkbench(main, Runnable::run);
    }

    @AfterEach
    void close() {
        service.workspace().close();
    }

    private static Path target(String name) throws Exception {
        Path dir = Boolean.getBoolean("docs.screenshots")
                ? Path.of(System.getProperty("user.dir")).resolve("../docs/images").normalize()
                : Path.of(System.getProperty("user.dir")).resolve("target/screenshots");
        Files.createDirectories(dir);
        return dir.resolve(name);
    }

    private static Path shoot(FxRobot robot, Parent root, double width, double height, String name) throws Exception {
        Path file = target(name);
        robot.interact(() -> {
            try {
                Scene scene = ToolWindow.scene(root, width, height);
                root.applyCss();
                root.layout();
                BufferedImage image = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
                ImageIO.write(image, "png", file.toFile());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(Files.size(file) > 20_000, file + " is too small to be a rendered window");
        return file;
    }

    @Test
    void rendersTheImportWizardAtItsPreview(FxRobot robot) throws Exception {
        Path csv = folder.resolve("Safer-Fenland-action-plan.csv");
        Files.writeString(csv, """
                Safer Fenland Action Plan 2026/27
                Ref,Action,Lead,Due,RAG,Notes
                1.1,Run weekend patrols in the town centre,Police,31/03/2027,Green,Hot spots first
                1.2,Train licensees in spotting exploitation,Licensing,30/09/2026,Purple,
                1.3,,Council,,,
                2.1,Deliver knife crime awareness sessions in schools,Youth Service,31/01/2027,Amber,Six schools
                2.2,Publish the domestic abuse directory,Fenland DC,31/12/2026,Green,Online and print
                """);
        ImportWizardViewModel model = new ImportWizardViewModel(bench);
        robot.interact(() -> {
            model.open(csv);
            model.next();
            model.columns().stream().filter(c -> c.header().equals("Notes")).findFirst()
                    .ifPresent(c -> model.setField(c.index(), ImportField.DESCRIPTION));
            model.next();
        });
        ImportWizardView view = new ImportWizardView(model);
        shoot(robot, view.root(), 860, 600, "import-wizard.png");
    }

    @Test
    void rendersTheExportDialogWithACustomLayout(FxRobot robot) throws Exception {
        ExportDialogViewModel model = new ExportDialogViewModel(bench, f -> { });
        robot.interact(() -> {
            model.layoutProperty().set(Layouts.byName("custom"));
            model.formatProperty().set("xlsx");
            model.outputProperty().set(folder.resolve("Wyvern Vale Community Safety Plan 2026-27 - custom.xlsx"));
        });
        shoot(robot, new ExportDialogView(model).root(), 760, 720, "export-dialog.png");
    }

    @Test
    void rendersTheMergeReturnsReview(FxRobot robot) throws Exception {
        Path out = folder.resolve("returns-" + System.nanoTime());
        robot.interact(() -> {
            SendReturnsViewModel send = new SendReturnsViewModel(bench);
            send.folderProperty().set(out);
            send.send();
        });
        Path police = out.resolve("return-Q3-2026-27-Police.xlsx");
        org.cspplanner.app.ui.returns.ReturnsFixtures.fillIn(police, "1.2", "Patrols continued over half term; two dispersal orders.", "Amber");
        Path copy = out.resolve("return-Q3-2026-27-Police-second-copy.xlsx");
        Files.copy(police, copy);
        org.cspplanner.app.ui.returns.ReturnsFixtures.fillIn(copy, "1.2", "Patrols paused for three weeks.", "Red");
        org.cspplanner.app.ui.returns.ReturnsFixtures.fillIn(police, "1.1", "Hot-spot review done with the council.", "Green");
        MergeReturnsViewModel model = new MergeReturnsViewModel(bench);
        robot.interact(() -> {
            model.addFiles(java.util.List.of(police, copy));
            model.acceptAllWithoutConflicts();
        });
        shoot(robot, ReturnsViews.merge(model), 1280, 760, "merge-returns.png");
    }
}
