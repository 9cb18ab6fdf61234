package org.cspplanner.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cspplanner.app.ui.actions.ActionTableView;
import org.cspplanner.app.ui.dashboard.DashboardView;
import org.cspplanner.app.ui.editor.ActionEditorView;
import org.cspplanner.app.ui.settings.PlanSettingsDialog;
import org.cspplanner.app.ui.support.AppPreferences;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.model.ReportingPeriod;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window's layout: menu and toolbar; plans and themes on the left; the actions table and the
 * action editor (or the dashboard) in the centre; the status bar with any long work below.
 */
public final class MainView implements MainMenu.WindowCommands {

    static final String STYLESHEET = Objects.requireNonNull(MainView.class.getResource("app.css")).toExternalForm();

    private final MainViewModel model;
    private final AppPreferences preferences;
    private final BorderPane root = new BorderPane();
    private final PlanTreeView tree;
    private final ActionTableView table;
    private final ActionEditorView editor;
    private final TabPane centre = new TabPane();
    private final SplitPane outer;
    private final SplitPane inner;
    private final MainMenu menu;

    public MainView(MainViewModel model, AppPreferences preferences) {
        this.model = model;
        this.preferences = preferences;
        tree = new PlanTreeView(model);
        table = new ActionTableView(model.actions());
        editor = new ActionEditorView(model.editor());

        inner = new SplitPane(table.root(), editor.root());
        inner.setOrientation(Orientation.HORIZONTAL);
        Tab actionsTab = new Tab("Actions", inner);
        actionsTab.setGraphic(Icons.icon(Feather.LIST));
        // Built when first opened: most sessions start on the actions, and a hidden chart still costs start-up time.
        Tab dashboardTab = new Tab("Dashboard");
        dashboardTab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && dashboardTab.getContent() == null) {
                dashboardTab.setContent(new DashboardView(model.dashboard()).root());
            }
        });
        dashboardTab.setGraphic(Icons.icon(Feather.BAR_CHART_2));
        dashboardTab.setId("dashboard-tab");
        centre.getTabs().addAll(actionsTab, dashboardTab);
        centre.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        centre.getStyleClass().add("centre-tabs");

        outer = new SplitPane(tree.root(), centre);
        outer.setDividerPositions(preferences.number("divider.left", 0.21));
        inner.setDividerPositions(preferences.number("divider.editor", 0.6));

        menu = new MainMenu(model, tree, this);
        menu.darkItem().setSelected(preferences.flag("darkTheme"));
        VBox top = new VBox(menu.root(), toolbar());
        root.setTop(top);
        root.setCenter(outer);
        // While a restore replaces every plan, an edit of the plans being replaced would be lost or misapplied.
        top.disableProperty().bind(model.restoringProperty());
        outer.disableProperty().bind(model.restoringProperty());
        root.setBottom(statusBar());
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), model::redo);
            }
        });
    }

    private ToolBar toolbar() {
        Button newAction = Icons.button(Feather.PLUS, "New action", () -> model.outline().addAction());
        newAction.setId("new-action");
        newAction.disableProperty().bind(model.planProperty().isNull());
        Button undo = Icons.iconButton(Feather.ROTATE_CCW, "Undo", model::undo);
        undo.setId("undo");
        undo.disableProperty().bind(model.undoManager().canUndoProperty().not());
        undo.getTooltip().textProperty().bind(model.undoManager().undoLabelProperty());
        Button redo = Icons.iconButton(Feather.ROTATE_CW, "Redo", model::redo);
        redo.setId("redo");
        redo.disableProperty().bind(model.undoManager().canRedoProperty().not());
        redo.getTooltip().textProperty().bind(model.undoManager().redoLabelProperty());
        Button settings = Icons.iconButton(Feather.SETTINGS, "Plan settings", this::openSettings);
        settings.disableProperty().bind(model.planProperty().isNull());

        ComboBox<ReportingPeriod> period = new ComboBox<>(model.periods());
        period.setId("period");
        period.setAccessibleText("Reporting period");
        // one way each: when the list of quarters is refreshed the box may briefly hold no value
        period.setValue(model.periodProperty().get());
        period.valueProperty().addListener((o, a, p) -> {
            if (p != null) {
                model.periodProperty().set(p);
            }
        });
        model.periodProperty().addListener((o, a, p) -> period.setValue(p));
        model.periods().addListener((javafx.collections.ListChangeListener<ReportingPeriod>) c -> period.setValue(model.periodProperty().get()));
        period.setCellFactory(l -> periodCell());
        period.setButtonCell(periodCell());
        Label periodLabel = new Label("Reporting period");
        periodLabel.setLabelFor(period);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ToolBar bar = new ToolBar(newAction, undo, redo, settings, gap, periodLabel, period);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private ListCell<ReportingPeriod> periodCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ReportingPeriod p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.label() + "  (" + p.monthsLabel() + ")"
                        + (p.equals(model.actions().currentPeriod()) ? " · current" : ""));
            }
        };
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setGraphic(Icons.icon(Feather.CHECK_CIRCLE));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, status, gap, new TaskStatusView(model.tasks()).root());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    // ---- window commands

    @Override
    public void find() {
        centre.getSelectionModel().select(0);
        table.searchField().requestFocus();
        table.searchField().selectAll();
    }

    @Override
    public void addUpdate() {
        centre.getSelectionModel().select(0);
        Platform.runLater(editor::focusUpdate);
    }

    @Override
    public void showActions() {
        centre.getSelectionModel().select(0);
    }

    @Override
    public void showDashboard() {
        centre.getSelectionModel().select(1);
    }

    @Override
    public void openSettings() {
        if (model.planProperty().get() == null) {
            return;
        }
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        new PlanSettingsDialog(model.settings(), owner).showAndApply();
    }

    @Override
    public void setDarkTheme(boolean dark) {
        applyTheme(dark);
        preferences.setFlag("darkTheme", dark);
    }

    /** Sets the AtlantaFX theme for the whole app. */
    public static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void quit() {
        Window w = root.getScene() == null ? null : root.getScene().getWindow();
        if (w != null) {
            w.hide();
        }
    }

    /** Remembers the dividers (the window remembers its own size) for next time. */
    public void rememberLayout() {
        preferences.setNumber("divider.left", outer.getDividerPositions()[0]);
        preferences.setNumber("divider.editor", inner.getDividerPositions()[0]);
    }

    public Parent root() {
        return root;
    }

    public TabPane centre() {
        return centre;
    }

    public ActionEditorView editorView() {
        return editor;
    }
}
