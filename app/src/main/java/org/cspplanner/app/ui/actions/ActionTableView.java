package org.cspplanner.app.ui.actions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.cspplanner.app.ui.support.CodeOrder;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.app.ui.support.RagChip;
import org.cspplanner.app.ui.support.UkFormats;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.DueDate;
import org.kordamp.ikonli.feather.Feather;

/** The centre of the window: search and filters above the table of actions, with the count of matches. */
public final class ActionTableView {

    private final BorderPane root = new BorderPane();
    private final TableView<ActionRow> table = new TableView<>();
    private final TextField search = new TextField();
    private boolean syncing;

    public ActionTableView(ActionListViewModel model) {
        search.setId("search");
        search.setPromptText("Search titles, details and updates (Ctrl+F)");
        search.setAccessibleText("Search actions");
        search.textProperty().bindBidirectional(model.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(220);

        ComboBox<String> lead = new ComboBox<>(model.leadChoices());
        lead.setId("lead-filter");
        lead.setPromptText("Any lead");
        lead.setAccessibleText("Filter by lead");
        lead.valueProperty().bindBidirectional(model.leadProperty());
        lead.setButtonCell(promptCell("Any lead"));

        ComboBox<RagChoice> rag = new ComboBox<>();
        rag.getItems().setAll(RagChoice.values());
        rag.setId("rag-filter");
        rag.setAccessibleText("Filter by RAG");
        rag.valueProperty().bindBidirectional(model.ragProperty());

        ComboBox<ActionStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(ActionStatus.values());
        status.setId("status-filter");
        status.setAccessibleText("Filter by status");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActionStatus s) {
                return s == null ? "Any status" : s.label();
            }

            @Override
            public ActionStatus fromString(String s) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setButtonCell(promptCell("Any status"));

        ToggleButton overdue = new ToggleButton("Overdue", Icons.icon(Feather.CLOCK));
        overdue.setId("overdue-filter");
        overdue.setTooltip(new Tooltip("Open actions past their due date"));
        overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        ToggleButton noUpdate = new ToggleButton("No update", Icons.icon(Feather.MESSAGE_SQUARE));
        noUpdate.setId("no-update-filter");
        noUpdate.setTooltip(new Tooltip("Open actions with no update for the chosen quarter"));
        noUpdate.selectedProperty().bindBidirectional(model.noUpdateOnlyProperty());
        Button clear = Icons.iconButton(Feather.X_CIRCLE, "Clear search and filters", model::clearFilters);

        Label count = new Label();
        count.setId("match-count");
        count.getStyleClass().add("match-count");
        count.textProperty().bind(model.countTextProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);

        HBox searchRow = new HBox(8, search, count);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane filters = new FlowPane(8, 6, lead, rag, status, overdue, noUpdate, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(6, searchRow, filters);
        top.setPadding(new Insets(8, 8, 8, 8));
        top.getStyleClass().add("filter-bar");

        buildTable(model);
        root.setTop(top);
        root.setCenter(table);
    }

    private void buildTable(ActionListViewModel model) {
        table.setId("actions");
        table.setAccessibleText("Actions");
        table.setItems(model.visibleRows());
        model.visibleRows().comparatorProperty().bind(table.comparatorProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No actions match. Clear the search or filters to see them all."));

        TableColumn<ActionRow, String> code = text("Code", 64, r -> r.action().code());
        code.setComparator(CodeOrder.INSTANCE);
        code.setMinWidth(52);
        table.getColumns().add(code);
        TableColumn<ActionRow, String> title = text("Action", 360, r -> r.action().title());
        title.setMinWidth(120);
        title.setCellFactory(c -> wrapping());
        table.getColumns().add(title);
        TableColumn<ActionRow, String> leads = text("Leads", 150, r -> r.action().leadsDisplay());
        leads.setMinWidth(80);
        table.getColumns().add(leads);
        TableColumn<ActionRow, DueDate> due = new TableColumn<>("Due");
        due.setPrefWidth(96);
        due.setMinWidth(92);
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().action().due()));
        due.setCellFactory(c -> textCell(DueDate::display));
        due.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        table.getColumns().add(due);
        TableColumn<ActionRow, String> status = text("Status", 100, r -> r.action().status().label());
        status.setMinWidth(96);
        table.getColumns().add(status);
        TableColumn<ActionRow, ActionRow> rag = new TableColumn<>("RAG");
        rag.setPrefWidth(104);
        rag.setMinWidth(100);
        rag.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        rag.setComparator(Comparator.comparingInt(ActionTableView::severity));
        rag.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ActionRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(empty || row == null ? null : RagChip.of(row.ragWord(), row.ragStyle()));
            }
        });
        table.getColumns().add(rag);
        TableColumn<ActionRow, LocalDate> latest = new TableColumn<>("Latest update");
        latest.setPrefWidth(110);
        latest.setMinWidth(106);
        latest.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().latestUpdateDate()));
        latest.setCellFactory(c -> textCell(UkFormats::date));
        latest.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        table.getColumns().add(latest);

        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (!syncing && row != null && !model.isUpdating()) {
                model.select(row);
            }
        });
        model.selectedProperty().addListener((o, old, row) -> showSelected(row));
        table.getItems().addListener((javafx.collections.ListChangeListener<ActionRow>) c ->
                javafx.application.Platform.runLater(() -> showSelected(model.selectedProperty().get())));
    }

    private void showSelected(ActionRow row) {
        if (row == null) {
            if (table.getSelectionModel().getSelectedItem() != null) {
                syncing = true;
                table.getSelectionModel().clearSelection();
                syncing = false;
            }
            return;
        }
        if (table.getSelectionModel().getSelectedItem() == row) {
            return;
        }
        int index = table.getItems().indexOf(row);
        syncing = true;
        try {
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index);
                table.getFocusModel().focus(index);
                table.scrollTo(Math.max(0, index - 3));
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    private static int severity(ActionRow r) {
        if (r.isComplete()) {
            return 4;
        }
        return r.rag() == null ? 3 : r.rag().ordinal();
    }

    private static TableColumn<ActionRow, String> text(String title, double width, Function<ActionRow, String> value) {
        TableColumn<ActionRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private static <T> TableCell<ActionRow, T> textCell(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    private static TableCell<ActionRow, String> wrapping() {
        TableCell<ActionRow, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 60 ? null : new Tooltip(item));
            }
        };
        return cell;
    }

    private static <T> ListCell<T> promptCell(String prompt) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : item instanceof ActionStatus s ? s.label() : item.toString());
            }
        };
    }

    public Node root() {
        return root;
    }

    public TableView<ActionRow> table() {
        return table;
    }

    public TextField searchField() {
        return search;
    }
}
