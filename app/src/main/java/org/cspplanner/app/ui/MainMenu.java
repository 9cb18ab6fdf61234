package org.cspplanner.app.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.app.ui.tools.PlanTools;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The menu bar, with a shortcut for every everyday command and the undo and redo items named after the edit. */
final class MainMenu {

    /** The commands the menu calls that belong to the window rather than to a view model. */
    interface WindowCommands {
        void find();

        void addUpdate();

        void showActions();

        void showDashboard();

        void openSettings();

        void setDarkTheme(boolean dark);

        void quit();
    }

    private final MenuBar bar = new MenuBar();
    private final CheckMenuItem dark = new CheckMenuItem("Dark theme");

    MainMenu(MainViewModel model, PlanTreeView tree, WindowCommands window) {
        BooleanBinding noPlan = Bindings.isNull(model.planProperty());
        BooleanBinding noAction = Bindings.isNull(model.actions().selectedProperty());

        PlanTools tools = new PlanTools(model, () -> bar.getScene() == null ? null : bar.getScene().getWindow());
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("New plan…", "Shortcut+Shift+P", Feather.FILE_PLUS, () -> model.newPlan()),
                item("Import…", "Shortcut+I", Feather.UPLOAD, tools::importPlan),
                disabledWhen(item("Export…", "Shortcut+E", Feather.DOWNLOAD, tools::export), noPlan),
                disabledWhen(item("Report…", "Shortcut+R", Feather.FILE_TEXT, tools::report), noPlan),
                item("Import plan from CSP Planner file…", "Shortcut+O", Feather.UPLOAD, model::importPlan),
                disabledWhen(item("Export plan as CSP Planner file…", null, Feather.DOWNLOAD, model::exportPlan), noPlan),
                new SeparatorMenuItem(),
                disabledWhen(item("Plan settings…", "Shortcut+Comma", Feather.SETTINGS, window::openSettings), noPlan),
                disabledWhen(item("Delete plan…", null, Feather.TRASH_2, model::deletePlan), noPlan),
                new SeparatorMenuItem(),
                item("Workspace folder…", null, Feather.FOLDER, model::chooseWorkspaceFolder),
                item("Restore from backup…", null, Feather.ROTATE_CCW, model::restoreBackup),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", null, window::quit));

        MenuItem undo = item("Undo", "Shortcut+Z", Feather.ROTATE_CCW, model::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(model.undoManager().undoLabelProperty());
        undo.disableProperty().bind(model.undoManager().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", Feather.ROTATE_CW, model::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(model.undoManager().redoLabelProperty());
        redo.disableProperty().bind(model.undoManager().canRedoProperty().not());
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("Find…", "Shortcut+F", Feather.SEARCH, window::find),
                item("Clear search and filters", "Shortcut+Shift+F", Feather.X_CIRCLE, () -> model.actions().clearFilters()));

        Menu plan = new Menu("_Plan");
        plan.getItems().addAll(
                disabledWhen(item("New action…", "Shortcut+N", Feather.PLUS, () -> model.outline().addAction()), noPlan),
                disabledWhen(item("Delete action…", "Shortcut+Delete", Feather.TRASH_2, () -> model.outline().deleteAction(model.editor().action())), noAction),
                disabledWhen(item("Move action up", "Shortcut+Shift+Up", Feather.ARROW_UP, () -> model.outline().moveAction(model.editor().action(), -1)), noAction),
                disabledWhen(item("Move action down", "Shortcut+Shift+Down", Feather.ARROW_DOWN, () -> model.outline().moveAction(model.editor().action(), 1)), noAction),
                disabledWhen(item("Move action to theme…", "Shortcut+M", Feather.CORNER_UP_RIGHT, () -> model.outline().moveActionToTheme(model.editor().action())), noAction),
                new SeparatorMenuItem(),
                disabledWhen(item("New theme…", "Shortcut+Shift+N", Feather.FOLDER_PLUS, () -> model.outline().addTheme()), noPlan),
                disabledWhen(item("Rename theme…", null, Feather.EDIT_2, () -> model.outline().renameTheme(tree.selectedTheme())), noPlan),
                disabledWhen(item("Delete theme…", null, Feather.TRASH_2, () -> model.outline().deleteTheme(tree.selectedTheme())), noPlan),
                new SeparatorMenuItem(),
                disabledWhen(item("Renumber codes…", null, Feather.HASH, () -> model.outline().renumber()), noPlan),
                new SeparatorMenuItem(),
                disabledWhen(item("Carry over…", null, Feather.COPY, tools::carryOver), noPlan),
                disabledWhen(item("Send returns…", null, Feather.SEND, tools::sendReturns), noPlan),
                disabledWhen(item("Merge returns…", null, Feather.INBOX, tools::mergeReturns), noPlan));

        Menu go = new Menu("_Go");
        go.getItems().addAll(
                item("Next action", "Alt+Down", Feather.ARROW_DOWN, () -> model.actions().selectNeighbour(1)),
                item("Previous action", "Alt+Up", Feather.ARROW_UP, () -> model.actions().selectNeighbour(-1)),
                disabledWhen(item("Add update", "Shortcut+U", Feather.MESSAGE_SQUARE, window::addUpdate), noAction),
                new SeparatorMenuItem(),
                item("Actions", "Shortcut+1", Feather.LIST, window::showActions),
                item("Dashboard", "Shortcut+2", Feather.BAR_CHART_2, window::showDashboard));

        dark.setOnAction(e -> window.setDarkTheme(dark.isSelected()));
        Menu view = new Menu("_View");
        view.getItems().add(dark);

        bar.getMenus().addAll(file, edit, plan, go, view);
        bar.setAccessibleText("Menu bar");
    }

    CheckMenuItem darkItem() {
        return dark;
    }

    MenuBar root() {
        return bar;
    }

    private static MenuItem item(String text, String shortcut, Ikon icon, Runnable action) {
        MenuItem m = new MenuItem(text, icon == null ? null : Icons.icon(icon));
        if (shortcut != null) {
            m.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private static MenuItem disabledWhen(MenuItem item, BooleanBinding when) {
        item.disableProperty().bind(when);
        return item;
    }
}
