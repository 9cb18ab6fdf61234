package org.cspplanner.app.ui;

import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Rag;
import org.cspplanner.model.Theme;
import org.cspplanner.model.store.PlanSummary;

/** The main window: plans and themes on the left, the actions table in the centre, a status bar below. */
public final class MainView {

    static final String STYLESHEET = Objects.requireNonNull(MainView.class.getResource("app.css")).toExternalForm();

    private final BorderPane root = new BorderPane();

    public MainView(MainViewModel model) {
        ListView<PlanSummary> plans = new ListView<>(model.plans());
        plans.setId("plans");
        plans.setAccessibleText("Plans in this workspace");
        plans.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PlanSummary p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.title() + "\n" + p.periodLabel() + " · " + p.status().label());
            }
        });
        plans.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedPlanProperty().set(now);
            }
        });
        model.selectedPlanProperty().addListener((o, old, now) -> plans.getSelectionModel().select(now));

        ListView<Theme> themes = new ListView<>(model.themes());
        themes.setId("themes");
        themes.setAccessibleText("Themes of the chosen plan");
        themes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Theme t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.heading() + " (" + t.actions().size() + ")");
            }
        });
        themes.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selectedThemeProperty().set(now));

        VBox left = new VBox(6, heading("Plans"), plans, heading("Themes"), themes);
        left.setPadding(new Insets(8));
        left.getStyleClass().add("side-panel");

        TableView<Action> table = new TableView<>(model.actions());
        table.setId("actions");
        table.setAccessibleText("Actions");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Code", 70, a -> a.code()));
        table.getColumns().add(column("Action", 420, a -> a.title()));
        table.getColumns().add(column("Lead", 180, Action::leadsDisplay));
        table.getColumns().add(column("Due", 100, a -> a.due() == null ? "" : a.due().display()));
        table.getColumns().add(column("Status", 100, a -> a.status().label()));
        TableColumn<Action, Action> rag = new TableColumn<>("RAG");
        rag.setPrefWidth(110);
        rag.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        rag.setCellFactory(c -> new RagCell());
        table.getColumns().add(rag);
        table.setPlaceholder(new Label("No actions to show"));

        SplitPane split = new SplitPane(left, table);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.24);

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");

        root.setCenter(split);
        root.setBottom(statusBar);
    }

    public Parent root() {
        return root;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private static TableColumn<Action, String> column(String title, double width, java.util.function.Function<Action, String> value) {
        TableColumn<Action, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** A coloured chip that always carries the word as well as the colour. */
    static final class RagCell extends TableCell<Action, Action> {
        @Override
        protected void updateItem(Action action, boolean empty) {
            super.updateItem(action, empty);
            if (empty || action == null) {
                setGraphic(null);
                return;
            }
            Label chip = new Label(word(action));
            chip.getStyleClass().addAll("rag-chip", styleClass(action));
            setGraphic(chip);
        }

        static String word(Action a) {
            if (a.status() == ActionStatus.COMPLETE) {
                return "Complete";
            }
            return a.rag() == null ? "Not rated" : a.rag().word();
        }

        static String styleClass(Action a) {
            if (a.status() == ActionStatus.COMPLETE) {
                return "rag-complete";
            }
            Rag r = a.rag();
            return r == null ? "rag-none" : "rag-" + r.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
