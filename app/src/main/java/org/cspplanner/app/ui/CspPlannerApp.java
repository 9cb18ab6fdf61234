package org.cspplanner.app.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.cspplanner.app.WorkspaceLocation;
import org.cspplanner.app.WorkspaceSetup;
import org.cspplanner.app.ui.dialog.FxDialogService;
import org.cspplanner.app.ui.support.AppPreferences;
import org.cspplanner.app.ui.task.FxTaskRunner;
import org.cspplanner.app.ui.undo.UndoManager;
import org.cspplanner.model.service.PlanService;
import org.cspplanner.model.store.WorkspaceException;

/**
 * The desktop app and its composition root: opens the workspace, builds the undo manager, task runner,
 * dialog service and view models, and hands them to the window. Nothing else creates these.
 */
public final class CspPlannerApp extends Application {

    /** With -Dcsp.timing=true the app prints when its first window is shown, for the start-up benchmark. */
    public static final String TIMING_PROPERTY = "csp.timing";
    public static final String TIMING_PREFIX = "csp-timing first-window-shown-epoch-ms=";

    private PlanService plans;
    private FxTaskRunner tasks;
    private AppPreferences preferences;
    private MainView view;
    private Stage stage;

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        boolean timing = Boolean.getBoolean(TIMING_PROPERTY);
        long entered = System.currentTimeMillis();
        Path folder = workspaceFolder(getParameters().getRaw());
        preferences = AppPreferences.inWorkspace(folder);
        MainView.applyTheme(preferences.flag("darkTheme"));
        try {
            plans = takeWorkspace(folder);
        } catch (WorkspaceException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("CSP Planner cannot open its workspace");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        tasks = new FxTaskRunner();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        MainViewModel viewModel = new MainViewModel(plans, new UndoManager(), dialogs, tasks, LocalDate.now());
        view = new MainView(viewModel, preferences);
        Scene scene = new Scene(view.root(), preferences.number("window.width", 1360), preferences.number("window.height", 840));
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setTitle("CSP Planner");
        stage.setScene(scene);
        placeWindow();
        if (timing) {
            long built = System.currentTimeMillis();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                long now = System.currentTimeMillis();
                System.out.println("csp-timing jvm-to-start-ms=" + (entered - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime())
                        + " start-to-built-ms=" + (built - entered) + " built-to-shown-ms=" + (now - built));
                System.out.println(TIMING_PREFIX + now);
            });
        }
        viewModel.selectedPlanProperty().addListener((o, old, p) -> preferences.setLastPlan(p == null ? null : p.id()));
        stage.setOnHidden(e -> remember());
        stage.show();
        viewModel.reload(preferences.lastPlan().orElse(null));
    }

    /**
     * The workspace being opened while the toolkit starts. A static hand-over, because JavaFX creates the
     * Application itself; it is taken once, by {@link #start}, and only for the folder it was opened for.
     */
    private static volatile CompletableFuture<OpenedWorkspace> early;

    private record OpenedWorkspace(Path folder, PlanService plans) {
    }

    /** Starts opening the workspace on a background thread, before the UI toolkit is up. */
    public static void openWorkspaceEarly(Path folder) {
        early = CompletableFuture.supplyAsync(() -> new OpenedWorkspace(folder, WorkspaceSetup.open(folder, true)),
                runnable -> {
                    Thread t = new Thread(runnable, "workspace-open");
                    t.setDaemon(true);
                    t.start();
                });
    }

    private static PlanService takeWorkspace(Path folder) {
        CompletableFuture<OpenedWorkspace> pending = early;
        early = null;
        if (pending != null) {
            try {
                OpenedWorkspace opened = pending.join();
                if (opened.folder().equals(folder)) {
                    return opened.plans();
                }
                opened.plans().workspace().close();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
        return WorkspaceSetup.open(folder, true);
    }

    private void placeWindow() {
        if (preferences.has("window.x")) {
            double x = preferences.number("window.x", 0);
            double y = preferences.number("window.y", 0);
            // only where a screen still is: the laptop may have left its second monitor behind
            if (!Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100)).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        stage.setMaximized(preferences.flag("window.maximised"));
    }

    private void remember() {
        if (view == null) {
            return;
        }
        preferences.setFlag("window.maximised", stage.isMaximized());
        if (!stage.isMaximized()) {
            preferences.setNumber("window.x", stage.getX());
            preferences.setNumber("window.y", stage.getY());
            preferences.setNumber("window.width", stage.getScene().getWidth());
            preferences.setNumber("window.height", stage.getScene().getHeight());
        }
        view.rememberLayout();
        preferences.save();
    }

    public static Path workspaceFolder(List<String> args) {
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
        if (tasks != null) {
            tasks.close();
        }
        if (plans != null) {
            plans.workspace().close();
        }
    }
}
