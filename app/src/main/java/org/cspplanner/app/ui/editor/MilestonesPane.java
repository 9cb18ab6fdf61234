package org.cspplanner.app.ui.editor;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.app.ui.support.RagChip;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Rag;
import org.kordamp.ikonli.feather.Feather;

/** The milestones of the chosen action in an editable table, with add, delete and reorder. */
final class MilestonesPane {

    private final VBox root = new VBox(6);
    private final TableView<Milestone> table;

    MilestonesPane(MilestonesViewModel model) {
        table = new TableView<>(model.items());
        table.setId("milestones");
        table.setAccessibleText("Milestones");
        table.setEditable(true);
        table.setPrefHeight(170);
        // the editor is narrow: columns keep readable widths and the table scrolls sideways if it must
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No milestones"));

        TableColumn<Milestone, String> code = textColumn("Code", 60, Milestone::code, (i, v) -> model.setCode(i, v));
        code.setMinWidth(56);
        table.getColumns().add(code);
        table.getColumns().add(textColumn("Milestone", 240, Milestone::text, (i, v) -> model.setText(i, v)));
        table.getColumns().add(textColumn("Lead", 110, m -> m.lead() == null ? "" : ActionEditorViewModel.leadsText(java.util.List.of(m.lead())),
                (i, v) -> model.setLead(i, v)));
        TableColumn<Milestone, String> due = textColumn("Due", 92, m -> m.due() == null ? "" : m.due().display(), (i, v) -> model.setDue(i, v));
        due.setMinWidth(88);
        table.getColumns().add(due);

        TableColumn<Milestone, ActionStatus> status = new TableColumn<>("Status");
        status.setPrefWidth(104);
        status.setMinWidth(100);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(ComboBoxTableCell.forTableColumn(ActionEditorView.converter(ActionStatus::label, ""), ActionStatus.values()));
        status.setOnEditCommit(e -> model.setStatus(e.getTablePosition().getRow(), e.getNewValue()));
        table.getColumns().add(status);

        TableColumn<Milestone, Rag> rag = new TableColumn<>("RAG");
        rag.setPrefWidth(100);
        rag.setMinWidth(96);
        rag.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rag()));
        rag.setCellFactory(c -> new ComboBoxTableCell<>(ActionEditorView.converter(RagChip::word, "Not rated"), null, Rag.RED, Rag.AMBER, Rag.GREEN) {
            @Override
            public void updateItem(Rag r, boolean empty) {
                super.updateItem(r, empty);
                if (!empty && !isEditing()) {
                    setText(null);
                    setGraphic(RagChip.of(r));
                }
            }
        });
        rag.setOnEditCommit(e -> model.setRag(e.getTablePosition().getRow(), e.getNewValue()));
        table.getColumns().add(rag);

        TextField newText = new TextField();
        newText.setId("new-milestone");
        newText.setPromptText("New milestone");
        newText.setAccessibleText("Text of a new milestone");
        HBox.setHgrow(newText, Priority.ALWAYS);
        Runnable add = () -> {
            if (model.add(newText.getText())) {
                newText.clear();
            }
        };
        newText.setOnAction(e -> add.run());
        Button addButton = Icons.button(Feather.PLUS, "Add", add);
        addButton.setAccessibleText("Add milestone");
        HBox bar = new HBox(4, newText, addButton,
                Icons.iconButton(Feather.ARROW_UP, "Move milestone up", () -> move(model, -1)),
                Icons.iconButton(Feather.ARROW_DOWN, "Move milestone down", () -> move(model, 1)),
                Icons.iconButton(Feather.TRASH_2, "Delete milestone", () -> model.delete(table.getSelectionModel().getSelectedIndex())));
        bar.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(table, bar);
    }

    private void move(MilestonesViewModel model, int step) {
        int at = table.getSelectionModel().getSelectedIndex();
        if (model.move(at, step)) {
            table.getSelectionModel().clearAndSelect(at + step);
        }
    }

    private interface Commit {
        boolean apply(int index, String value);
    }

    private static TableColumn<Milestone, String> textColumn(String title, double width, Function<Milestone, String> value, Commit commit) {
        TableColumn<Milestone, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> {
            TableCell<Milestone, String> cell = new TextFieldTableCell<>(new DefaultStringConverter());
            cell.setWrapText(true);
            return cell;
        });
        c.setOnEditCommit(e -> {
            if (!commit.apply(e.getTablePosition().getRow(), e.getNewValue())) {
                e.getTableView().refresh();
            }
        });
        return c;
    }

    Node root() {
        return root;
    }
}
