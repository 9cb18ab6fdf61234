package org.cspplanner.app.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cspplanner.app.WorkspaceSetup;
import org.cspplanner.app.ui.support.AppPreferences;
import org.cspplanner.app.ui.task.SynchronousTaskRunner;
import org.cspplanner.app.ui.undo.UndoManager;
import org.cspplanner.model.service.PlanService;

/** Builds the real main window on a workspace, as the composition root does, but with a scripted dialog service. */
final class UiHarness {

    final PlanService service;
    final FakeDialogService dialogs = new FakeDialogService();
    final MainViewModel model;
    final MainView view;

    UiHarness(Path workspace, boolean withSample, LocalDate today) {
        MainView.applyTheme(false);
        service = WorkspaceSetup.open(workspace, withSample);
        model = new MainViewModel(service, new UndoManager(), dialogs, new SynchronousTaskRunner(), today);
        view = new MainView(model, new AppPreferences(workspace.resolve("desktop.properties")));
    }

    void show(Stage stage, double width, double height) {
        Scene scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setScene(scene);
        // at the screen's origin: Monocle's headless robot clicks in the wrong place on a window placed elsewhere
        stage.setX(0);
        stage.setY(0);
        stage.show();
        model.reload();
    }

    void close() {
        service.workspace().close();
    }
}
