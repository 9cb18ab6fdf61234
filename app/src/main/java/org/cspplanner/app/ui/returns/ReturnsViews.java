package org.cspplanner.app.ui.returns;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.app.ui.support.UkFormats;
import org.cspplanner.app.ui.tools.ToolWindow;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.returns.ReturnsPlanner;
import org.kordamp.ikonli.feather.Feather;

/** The "Send returns" and "Merge returns" windows. Layout and bindings only. */
public final class ReturnsViews {

    private ReturnsViews() {
    }

    public static void showSend(SendReturnsViewModel model, Window owner) {
        ToolWindow.stage(owner, "Send returns", send(model), 860, 600).show();
    }

    public static void showMerge(MergeReturnsViewModel model, Window owner) {
        ToolWindow.stage(owner, "Merge returns", merge(model), 1280, 760).show();
    }

    public static BorderPane send(SendReturnsViewModel model) {
        BorderPane root = new BorderPane();
        Label heading = heading("Send update returns for ‘" + model.plan().title() + "’");
        ComboBox<ReportingPeriod> period = ToolWindow.combo(model.periods(), ReportingPeriod::label);
        period.setId("send-period");
        period.valueProperty().bindBidirectional(model.periodProperty());
        ComboBox<ReturnsPlanner.By> by = ToolWindow.combo(FXCollections.observableArrayList(ReturnsPlanner.By.values()),
                b -> b == ReturnsPlanner.By.OFFICER ? "One return per lead officer" : "One return per lead organisation");
        by.setId("send-by");
        by.valueProperty().bindBidirectional(model.byProperty());
        DatePicker deadline = new DatePicker();
        deadline.setConverter(UkFormats.dateConverter());
        deadline.setPromptText("dd/mm/yyyy");
        deadline.valueProperty().bindBidirectional(model.deadlineProperty());
        TextField contact = new TextField();
        contact.setPromptText("Who partners ask about the return");
        contact.textProperty().bindBidirectional(model.contactProperty());
        TextField folder = new TextField();
        folder.setEditable(false);
        folder.setPromptText("Choose the folder");
        folder.textProperty().bind(Bindings.createStringBinding(() -> model.folderProperty().get() == null ? ""
                : model.folderProperty().get().toString(), model.folderProperty()));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = Icons.button(Feather.FOLDER, "Choose…", model::chooseFolder);
        choose.setAccessibleText("Choose the folder for the returns");
        GridPane form = ToolWindow.form();
        ToolWindow.row(form, "Quarter", period);
        ToolWindow.row(form, "Split", by);
        ToolWindow.row(form, "Return by", deadline);
        ToolWindow.row(form, "Contact", contact);
        ToolWindow.row(form, "Save in", new HBox(8, folder, choose));
        folder.setAccessibleText("Folder for the returns");

        TableView<SendReturnsViewModel.Recipient> table = new TableView<>(model.recipients());
        table.setId("send-recipients");
        table.setAccessibleText("Who gets which actions");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("Recipient", 200, SendReturnsViewModel.Recipient::who));
        table.getColumns().add(text("Actions", 70, r -> String.valueOf(r.actions())));
        table.getColumns().add(text("File", 260, SendReturnsViewModel.Recipient::fileName));
        table.getColumns().add(text("Action references", 240, SendReturnsViewModel.Recipient::codes));

        Label done = new Label();
        done.setWrapText(true);
        done.textProperty().bind(model.doneProperty());
        Button send = Icons.button(Feather.SEND, "Write returns", model::send);
        send.setId("send-run");
        send.setDefaultButton(true);
        send.disableProperty().bind(model.canSend().not());
        HBox buttons = ToolWindow.buttonBar(root, done, send, model.tasks());
        VBox content = new VBox(12, heading, form, new Label("Who gets what (open actions only)"), table,
                ToolWindow.errorLine(model.errorProperty(), "send-error"), ToolWindow.progressLine(model.tasks(), "send"), buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(ToolWindow.padding());
        root.setCenter(content);
        return root;
    }

    public static BorderPane merge(MergeReturnsViewModel model) {
        BorderPane root = new BorderPane();
        Label heading = heading("Merge returns into ‘" + model.plan().title() + "’");
        ListView<Path> files = new ListView<>(model.files());
        files.setId("merge-files");
        files.setAccessibleText("Returned files");
        files.setPrefHeight(80);
        files.setPlaceholder(new Label("Add the workbooks partners sent back"));
        files.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.getFileName().toString());
            }
        });
        Button add = Icons.button(Feather.FILE_PLUS, "Add file…", model::addFile);
        add.setId("merge-add");
        Button addFolder = Icons.button(Feather.FOLDER_PLUS, "Add folder…", model::addFolder);
        Button remove = Icons.button(Feather.X, "Remove", () -> {
            Path p = files.getSelectionModel().getSelectedItem();
            if (p != null) {
                model.removeFile(p);
            }
        });
        VBox fileButtons = new VBox(6, add, addFolder, remove);
        HBox.setHgrow(files, Priority.ALWAYS);
        HBox fileLine = new HBox(8, files, fileButtons);

        TableView<ChangeRow> table = new TableView<>(model.rows());
        table.setId("merge-changes");
        table.setAccessibleText("Changes the returns would make");
        table.setEditable(true);
        table.setPlaceholder(new Label("No changes to review"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ChangeRow, Boolean> accept = new TableColumn<>("Accept");
        accept.setCellValueFactory(c -> c.getValue().acceptedProperty());
        accept.setCellFactory(CheckBoxTableCell.forTableColumn(accept));
        accept.setEditable(true);
        accept.setPrefWidth(64);
        table.getColumns().add(accept);
        table.getColumns().add(text("Ref", 45, ChangeRow::code));
        table.getColumns().add(wrapped("Action", 170, ChangeRow::title));
        table.getColumns().add(wrapped("From", 190, ChangeRow::from));
        table.getColumns().add(text("RAG now", 80, ChangeRow::currentRag));
        table.getColumns().add(text("New RAG", 80, ChangeRow::proposedRag));
        table.getColumns().add(wrapped("Latest update now", 200, ChangeRow::currentText));
        table.getColumns().add(wrapped("Proposed update", 200, ChangeRow::proposedText));
        table.getColumns().add(wrapped("Actuals and milestones", 170, ChangeRow::otherChanges));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ChangeRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("merge-conflict");
                if (!empty && row != null && row.isConflict()) {
                    getStyleClass().add("merge-conflict");
                }
            }
        });
        Label summary = new Label();
        summary.setId("merge-summary");
        summary.getStyleClass().add("match-count");
        summary.textProperty().bind(model.summary());
        Button acceptAll = new Button("Accept all without conflicts");
        acceptAll.setId("merge-accept-all");
        acceptAll.setOnAction(e -> model.acceptAllWithoutConflicts());
        Button rejectAll = new Button("Reject all");
        rejectAll.setOnAction(e -> model.rejectAll());
        HBox bar = new HBox(8, summary, spacer(), acceptAll, rejectAll);
        bar.setAlignment(Pos.CENTER_LEFT);

        ListView<String> issues = new ListView<>(model.issues());
        issues.setId("merge-issues");
        issues.setAccessibleText("Issues found in the returns");
        issues.setPlaceholder(new Label("No issues"));
        issues.setPrefHeight(110);
        Label issuesHeading = new Label();
        issuesHeading.getStyleClass().add("panel-heading");
        issuesHeading.textProperty().bind(Bindings.size(model.issues()).asString("Issues (%d)"));

        Label done = new Label();
        done.setWrapText(true);
        done.textProperty().bind(model.doneProperty());
        Button apply = Icons.button(Feather.CHECK, "Apply", model::apply);
        apply.setId("merge-apply");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.canApply().not());
        HBox buttons = ToolWindow.buttonBar(root, done, apply, model.tasks());
        VBox content = new VBox(10, heading, fileLine, bar, table, issuesHeading, issues,
                ToolWindow.errorLine(model.errorProperty(), "merge-error"), ToolWindow.progressLine(model.tasks(), "merge"), buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(ToolWindow.padding());
        root.setCenter(content);
        return root;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("editor-heading");
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static <T> TableColumn<T, String> text(String title, double width, Function<T, String> get) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(get.apply(cell.getValue())));
        return c;
    }

    /** A column whose text wraps, so update narratives can be read in the table. */
    private static <T> TableColumn<T, String> wrapped(String title, double width, Function<T, String> get) {
        TableColumn<T, String> c = text(title, width, get);
        c.setCellFactory(col -> new TableCell<>() {
            private final Label label = new Label();

            {
                label.setWrapText(true);
                label.maxWidthProperty().bind(col.widthProperty().subtract(12));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                label.setText(empty ? null : item);
                setGraphic(empty ? null : label);
            }
        });
        return c;
    }

}
