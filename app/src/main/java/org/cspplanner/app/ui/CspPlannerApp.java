package org.cspplanner.app.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.cspplanner.app.WorkspaceLocation;
import org.cspplanner.app.WorkspaceOpener;
import org.cspplanner.app.WorkspaceSetup;
import org.cspplanner.app.ui.dialog.FxDialogService;
import org.cspplanner.app.ui.dialog.PasswordPrompt;
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
    public static final String TIMING_PREFIX = StartupTiming.FIRST_WINDOW;
    /** Printed (with -Dcsp.timing=true) when the main view is laid out with the plan in it. */
    public static final String READY_PREFIX = StartupTiming.READY;

    private PlanService plans;
    private FxTaskRunner tasks;
    private AppPreferences preferences;
    private MainView view;
    private Stage stage;

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        long entered = System.currentTimeMillis();
        Path folder = workspaceFolder(getParameters().getRaw());
        preferences = AppPreferences.inWorkspace(folder);
        MainView.applyTheme(preferences.flag("darkTheme"));
        StartupTiming timing = new StartupTiming(Boolean.getBoolean(TIMING_PROPERTY), entered);
        // The window comes up at once with a progress view; the full view follows once the workspace is open.
        Scene scene = new Scene(OpeningView.create(folder), preferences.number("window.width", 1360),
                preferences.number("window.height", 840));
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setTitle("CSP Planner");
        stage.setScene(scene);
        placeWindow();
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> timing.firstWindowShown());
        stage.show();
        Runnable[] afterFirstLayout = new Runnable[1];
        afterFirstLayout[0] = () -> {
            scene.removePostLayoutPulseListener(afterFirstLayout[0]);
            Platform.runLater(() -> showWorkspace(folder, scene, timing));
        };
        scene.addPostLayoutPulseListener(afterFirstLayout[0]);
    }

    private void showWorkspace(Path folder, Scene scene, StartupTiming timing) {
        try {
            plans = takeWorkspace(folder);
            if (plans == null) {
                // Protected by a password: asked here, on the FX thread, since the early open could not ask.
                Optional<PlanService> opened = new WorkspaceOpener(question -> PasswordPrompt.ask(stage, question)).open(folder, true);
                if (opened.isEmpty()) {
                    Platform.exit();
                    return;
                }
                plans = opened.get();
            }
        } catch (WorkspaceException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("CSP Planner cannot open its workspace");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        timing.workspaceOpen();
        tasks = new FxTaskRunner();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        MainViewModel viewModel = new MainViewModel(plans, new UndoManager(), dialogs, tasks, LocalDate.now());
        view = new MainView(viewModel, preferences);
        scene.setRoot(view.root());
        viewModel.selectedPlanProperty().addListener((o, old, p) -> preferences.setLastPlan(p == null ? null : p.id()));
        stage.setOnHidden(e -> remember());
        viewModel.reload(preferences.lastPlan().orElse(null));
        Runnable[] afterLayout = new Runnable[1];
        afterLayout[0] = () -> {
            scene.removePostLayoutPulseListener(afterLayout[0]);
            timing.ready();
        };
        scene.addPostLayoutPulseListener(afterLayout[0]);
    }

    /**
     * The workspace being opened while the toolkit starts. A static hand-over, because JavaFX creates the
     * Application itself; it is taken once, by {@link #start}, and only for the folder it was opened for.
     */
    private static volatile CompletableFuture<OpenedWorkspace> early;

    private record OpenedWorkspace(Path folder, PlanService plans) {
    }

    /**
     * Starts opening the workspace on a background thread, before the UI toolkit is up. A workspace with a
     * password is left for {@link #showWorkspace} to open once it can ask (the hand-over then holds no plans).
     */
    public static void openWorkspaceEarly(Path folder) {
        early = CompletableFuture.supplyAsync(() -> new OpenedWorkspace(folder,
                        WorkspaceOpener.needsPassword(folder) ? null : WorkspaceSetup.open(folder, true)),
                runnable -> {
                    Thread t = new Thread(runnable, "workspace-open");
                    t.setDaemon(true);
                    t.start();
                });
    }

    /** The workspace opened early, or null when it needs a password that has not been asked for yet. */
    static PlanService takeWorkspace(Path folder) {
        CompletableFuture<OpenedWorkspace> pending = early;
        early = null;
        if (pending != null) {
            try {
                OpenedWorkspace opened = pending.join();
                if (opened.folder().equals(folder)) {
                    return opened.plans();
                }
                if (opened.plans() != null) {
                    opened.plans().workspace().close();
                }
            } catch (CompletionException e) {
                if (e.getCause() instanceof WorkspaceException w && w.reason() == WorkspaceException.Reason.PASSWORD_NEEDED) {
                    return null;
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
        return WorkspaceOpener.needsPassword(folder) ? null : WorkspaceSetup.open(folder, true);
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
