package org.cspplanner.app.ui.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.app.ui.support.RagChip;
import org.cspplanner.app.ui.support.UkFormats;
import org.cspplanner.model.Action;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Update;
import org.kordamp.ikonli.feather.Feather;

/** The update history of the chosen action, newest first, and the form to add this quarter's update. */
final class UpdatesPane {

    private final VBox root = new VBox(8);
    private final VBox history = new VBox(6);
    private final TextArea text = new TextArea();
    private final ComboBox<Rag> rag = new ComboBox<>();
    private final TextField author = new TextField();
    private final ActionEditorViewModel model;

    UpdatesPane(ActionEditorViewModel model) {
        this.model = model;
        text.setId("update-text");
        text.setPromptText("What happened this quarter?");
        text.setAccessibleText("Text of the new update");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        rag.setId("update-rag");
        rag.getItems().add(null);
        rag.getItems().addAll(Rag.values());
        rag.setConverter(ActionEditorView.converter(RagChip::word, "Not rated"));
        rag.setPromptText("RAG");
        rag.setMinWidth(130);
        rag.setAccessibleText("RAG of the new update");
        rag.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Rag r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(empty ? null : RagChip.of(r));
            }
        });
        author.setPromptText("Your name");
        author.setAccessibleText("Author of the new update");
        author.setPrefColumnCount(12);
        HBox.setHgrow(author, Priority.ALWAYS);
        Button add = Icons.button(Feather.MESSAGE_SQUARE, "Add update", this::add);
        add.setId("add-update");
        add.textProperty().bind(model.addUpdateLabelProperty());
        add.getStyleClass().add("accent");
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox form = new HBox(8, rag, author, add);
        form.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(text, form, history);
        model.actionProperty().addListener((o, a, now) -> show(now));
        model.periodProperty().addListener((o, a, now) -> show(model.action()));
    }

    private void add() {
        if (model.addUpdate(text.getText(), rag.getValue(), author.getText(), LocalDate.now())) {
            text.clear();
            rag.setValue(null);
        }
    }

    /** Moves the keyboard to the update form (the "add update" shortcut). */
    void focus() {
        text.requestFocus();
    }

    private void show(Action a) {
        history.getChildren().clear();
        if (a == null) {
            return;
        }
        if (a.updates().isEmpty()) {
            Label none = new Label("No updates yet.");
            none.getStyleClass().add("empty-note");
            history.getChildren().add(none);
            return;
        }
        ReportingPeriod period = model.periodProperty().get();
        List<Update> newestFirst = new ArrayList<>(a.updates());
        Collections.reverse(newestFirst);
        for (Update u : newestFirst) {
            Label when = new Label(u.period().label() + " · " + UkFormats.date(u.date())
                    + (u.author().isEmpty() ? "" : " · " + u.author()) + (u.organisation().isEmpty() ? "" : " (" + u.organisation() + ")"));
            when.getStyleClass().add("update-meta");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(8, when, gap, RagChip.of(u.rag()));
            top.setAlignment(Pos.CENTER_LEFT);
            Label body = new Label(u.text());
            body.setWrapText(true);
            body.setMinHeight(Region.USE_PREF_SIZE);
            VBox card = new VBox(4, top, body);
            card.getStyleClass().add("update-card");
            if (u.period().equals(period)) {
                card.getStyleClass().add("update-in-period");
            }
            card.setAccessibleText("Update for " + u.period().label() + ": " + u.text());
            history.getChildren().add(card);
        }
    }

    Node root() {
        return root;
    }
}
