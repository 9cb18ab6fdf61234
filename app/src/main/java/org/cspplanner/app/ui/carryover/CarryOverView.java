package org.cspplanner.app.ui.carryover;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cspplanner.app.ui.carryover.CarryOverRow.Choice;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.app.ui.tools.ToolWindow;
import org.kordamp.ikonli.feather.Feather;

/** The carry-over window: title, the table of actions with a choice each, counts, and Carry over. */
public final class CarryOverView {

    private final BorderPane root = new BorderPane();

    public CarryOverView(CarryOverViewModel model) {
        Label heading = new Label("Carry over ‘" + model.oldPlan().title() + "’ to a new plan");
        heading.getStyleClass().add("editor-heading");
        Label help = new Label("Open actions are carried over to begin with. Choose Amend to change an action's title, "
                + "due date (dd/mm/yyyy) or leads as it goes across; Drop needs a reason, which is recorded in this plan.");
        help.setWrapText(true);
        help.getStyleClass().add("dashboard-summary");
        TextField title = new TextField();
        title.setId("carry-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        GridPane form = ToolWindow.form();
        ToolWindow.row(form, "Title of the new plan", title);

        TableView<CarryOverRow> table = new TableView<>(model.rows());
        table.setId("carry-actions");
        table.setAccessibleText("Actions and what to do with each");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(fixed("Ref", 60, CarryOverRow::code));
        table.getColumns().add(choiceColumn());
        table.getColumns().add(editable("Action", 300, CarryOverRow::titleProperty, r -> r.choice() == Choice.AMEND));
        table.getColumns().add(editable("Due", 100, CarryOverRow::dueProperty, r -> r.choice() == Choice.AMEND));
        table.getColumns().add(editable("Leads", 160, CarryOverRow::leadsProperty, r -> r.choice() == Choice.AMEND));
        table.getColumns().add(fixed("Status now", 100, CarryOverRow::status));
        table.getColumns().add(editable("Reason for dropping", 200, CarryOverRow::reasonProperty, r -> r.choice() == Choice.DROP));

        Button defaults = new Button("Carry all not complete");
        defaults.setOnAction(e -> model.chooseDefaults());
        Button carryAll = new Button("Carry all");
        carryAll.setOnAction(e -> model.chooseAll(Choice.CARRY));
        Label counts = new Label();
        counts.setId("carry-counts");
        counts.getStyleClass().add("match-count");
        counts.textProperty().bind(model.summary());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, counts, gap, defaults, carryAll);
        bar.setAlignment(Pos.CENTER_LEFT);

        Button run = Icons.button(Feather.COPY, "Carry over", model::run);
        run.setId("carry-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.tasks().runningProperty().or(model.resultProperty().isNotNull()));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> ((Stage) root.getScene().getWindow()).close());
        Label done = new Label();
        done.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.resultProperty().get() == null ? ""
                : "Created ‘" + model.resultProperty().get().newPlan().title() + "’. Edit › Undo takes the carry-over back.",
                model.resultProperty()));
        HBox buttons = new HBox(8, done, spacer(), run, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox content = new VBox(10, heading, help, form, bar, table,
                ToolWindow.errorLine(model.errorProperty(), "carry-error"), ToolWindow.progressLine(model.tasks(), "carry"), buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(ToolWindow.padding());
        root.setCenter(content);
    }

    public BorderPane root() {
        return root;
    }

    public static void show(CarryOverViewModel model, Window owner) {
        ToolWindow.stage(owner, "Carry over", new CarryOverView(model).root(), 1080, 640).show();
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static TableColumn<CarryOverRow, String> fixed(String title, double width, Function<CarryOverRow, String> get) {
        TableColumn<CarryOverRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(get.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<CarryOverRow, Choice> choiceColumn() {
        TableColumn<CarryOverRow, Choice> c = new TableColumn<>("Do");
        c.setPrefWidth(150);
        c.setCellValueFactory(cell -> cell.getValue().choiceProperty());
        c.setCellFactory(col -> new TableCell<>() {
            private final ComboBox<Choice> box = new ComboBox<>();
            private CarryOverRow bound;

            {
                box.getItems().setAll(Choice.values());
                box.setCellFactory(l -> choiceCell());
                box.setButtonCell(choiceCell());
                box.setMaxWidth(Double.MAX_VALUE);
                box.setOnAction(e -> {
                    if (bound != null && box.getValue() != null) {
                        bound.choiceProperty().set(box.getValue());
                        getTableView().refresh(); // the amend and reason fields open or close with the choice
                    }
                });
            }

            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                bound = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (bound == null) {
                    setGraphic(null);
                    return;
                }
                box.setValue(item);
                box.setAccessibleText("What to do with " + bound.code());
                setGraphic(box);
            }
        });
        return c;
    }

    private static ListCell<Choice> choiceCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Choice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.label());
            }
        };
    }

    /** A column whose cell is a text field bound to the row, editable only when the row's choice allows it. */
    private static TableColumn<CarryOverRow, String> editable(String title, double width,
                                                            Function<CarryOverRow, StringProperty> property,
                                                            Predicate<CarryOverRow> enabled) {
        TableColumn<CarryOverRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> property.apply(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final TextField field = new TextField();
            private StringProperty bound;

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                CarryOverRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (bound != null) {
                    field.textProperty().unbindBidirectional(bound);
                    bound = null;
                }
                if (row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                if (enabled.test(row)) {
                    bound = property.apply(row);
                    field.textProperty().bindBidirectional(bound);
                    field.setAccessibleText(title + " of " + row.code());
                    setText(null);
                    setGraphic(field);
                } else {
                    setGraphic(null);
                    setText(item);
                }
            }
        });
        return c;
    }
}
