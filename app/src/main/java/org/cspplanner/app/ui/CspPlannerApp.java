package org.cspplanner.app.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.cspplanner.app.WorkspaceLocation;
import org.cspplanner.app.WorkspaceSetup;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.WorkspaceException;

/** The desktop app and its composition root: opens the workspace, builds the view models and the window. */
public final class CspPlannerApp extends Application {

    private PlanService plans;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        try {
            plans = WorkspaceSetup.open(workspaceFolder(getParameters().getRaw()), true);
        } catch (WorkspaceException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("CSP Planner cannot open its workspace");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        MainViewModel viewModel = new MainViewModel(plans);
        MainView view = new MainView(viewModel);
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setTitle("CSP Planner");
        stage.setScene(scene);
        stage.show();
        viewModel.reload();
    }

    static Path workspaceFolder(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--workspace") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (a.startsWith("--workspace=")) {
                return Path.of(a.substring("--workspace=".length()));
            }
        }
        return WorkspaceLocation.defaultFolder();
    }

    @Override
    public void stop() {
        if (plans != null) {
            plans.workspace().close();
        }
    }
}
