package org.cspplanner.app.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.cspplanner.app.ui.support.CommitField;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.app.ui.support.RagChip;
import org.cspplanner.app.ui.support.UkFormats;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;
import org.kordamp.ikonli.feather.Feather;

/** The targets of the chosen action: a summary table, and a form for the chosen target with an actual per quarter. */
final class TargetsPane {

    private final TargetsViewModel model;
    private final VBox root = new VBox(6);
    private final TableView<Target> table;
    private final GridPane form = new GridPane();
    private final FlowPane actuals = new FlowPane(8, 6);
    private final ValidationSupport validation = new ValidationSupport();
    private final List<CommitField> fields = new ArrayList<>();
    private final ComboBox<Polarity> polarity = new ComboBox<>();
    private CommitField description;
    private CommitField unit;
    private CommitField baseline;
    private CommitField target;
    private CommitField targetMax;
    private CommitField tolerance;
    private boolean loading;

    TargetsPane(TargetsViewModel model) {
        this.model = model;
        table = new TableView<>(model.items());
        table.setId("targets");
        table.setAccessibleText("Targets");
        table.setPrefHeight(110);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No targets"));
        table.getColumns().add(column("Target", 200, Target::description));
        table.getColumns().add(column("Baseline", 76, t -> UkFormats.number(t.baseline())));
        table.getColumns().add(column("Target value", 96, t -> UkFormats.number(t.target())
                + (t.targetMax() == null ? "" : "–" + UkFormats.number(t.targetMax()))));
        table.getColumns().add(column("Latest actual", 110, t -> t.latestActual().map(a -> UkFormats.number(a.value())
                + " (" + a.period().label().substring(0, 2) + ")").orElse("")));
        TableColumn<Target, Target> rag = new TableColumn<>("RAG");
        rag.setMinWidth(96);
        rag.setPrefWidth(100);
        rag.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        rag.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Target t, boolean empty) {
                super.updateItem(t, empty);
                setGraphic(empty || t == null ? null : RagChip.of(model.ragAt(t).orElse(null)));
            }
        });
        table.getColumns().add(rag);

        TextField newTarget = new TextField();
        newTarget.setPromptText("New target, e.g. Repeat callers to police");
        newTarget.setAccessibleText("Description of a new target");
        HBox.setHgrow(newTarget, Priority.ALWAYS);
        Runnable add = () -> {
            if (model.add(newTarget.getText())) {
                newTarget.clear();
                table.getSelectionModel().selectLast();
            }
        };
        newTarget.setOnAction(e -> add.run());
        Button addButton = Icons.button(Feather.PLUS, "Add", add);
        addButton.setAccessibleText("Add target");
        HBox bar = new HBox(4, newTarget, addButton,
                Icons.iconButton(Feather.TRASH_2, "Delete target", () -> model.delete(table.getSelectionModel().getSelectedIndex())));
        bar.setAlignment(Pos.CENTER_LEFT);

        buildForm();
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> load());
        model.items().addListener((javafx.collections.ListChangeListener<Target>) c -> {
            int keep = table.getSelectionModel().getSelectedIndex();
            javafx.application.Platform.runLater(() -> {
                if (keep >= 0 && keep < model.items().size()) {
                    table.getSelectionModel().clearAndSelect(keep);
                } else if (!model.items().isEmpty() && table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                load();
            });
        });
        root.getChildren().addAll(table, bar, form);
    }

    private void buildForm() {
        form.setHgap(8);
        form.setVgap(6);
        form.getStyleClass().add("target-form");
        TextField d = new TextField();
        description = field(d, "Target description", t -> model.setDescription(index(), t));
        TextField u = new TextField();
        u.setPrefColumnCount(6);
        unit = field(u, "Unit", t -> model.setUnit(index(), t));
        TextField b = number("Baseline");
        baseline = field(b, "Baseline", t -> model.setBaseline(index(), t));
        TextField v = number("Target value");
        target = field(v, "Target value", t -> model.setTarget(index(), t));
        TextField m = number("Upper limit");
        targetMax = field(m, "Upper limit (for a range)", t -> model.setTargetMax(index(), t));
        TextField tol = number("Amber tolerance");
        tolerance = field(tol, "Amber tolerance", t -> model.setTolerance(index(), t));
        polarity.getItems().setAll(Polarity.values());
        polarity.setConverter(ActionEditorView.converter(Polarity::label, ""));
        polarity.setAccessibleText("Which way is better");
        polarity.valueProperty().addListener((o, a, p) -> {
            if (!loading && p != null) {
                model.setPolarity(index(), p);
            }
        });
        form.addRow(0, label("Target", d), d, label("Unit", u), u);
        form.addRow(1, label("Baseline", b), b, label("Better", polarity), polarity);
        form.addRow(2, label("Target", v), v, label("Upper limit", m), m);
        form.addRow(3, label("Amber within", tol), tol);
        form.add(actuals, 0, 4, 4, 1);
        GridPane.setHgrow(d, Priority.ALWAYS);
    }

    private int index() {
        return table.getSelectionModel().getSelectedIndex();
    }

    private void load() {
        int i = index();
        boolean has = i >= 0 && i < model.items().size();
        form.setVisible(has);
        form.setManaged(has);
        if (!has) {
            return;
        }
        loading = true;
        try {
            Target t = model.items().get(i);
            description.load(t.description());
            unit.load(t.unit());
            baseline.load(UkFormats.number(t.baseline()));
            target.load(UkFormats.number(t.target()));
            targetMax.load(UkFormats.number(t.targetMax()));
            tolerance.load(UkFormats.number(t.amberTolerance()));
            polarity.setValue(t.polarity());
            actuals.getChildren().clear();
            for (ReportingPeriod p : model.periods()) {
                TextField f = number(p.label() + " actual");
                f.setPrefColumnCount(5);
                CommitField c = CommitField.on(f, text -> model.setActual(index(), p, text));
                c.load(t.actualIn(p).map(a -> UkFormats.number(a.value())).orElse(""));
                Label l = new Label(p.label().substring(0, 2) + " " + p.year().label());
                l.setLabelFor(f);
                l.getStyleClass().add("field-label");
                HBox cell = new HBox(4, l, f);
                cell.setAlignment(Pos.CENTER_LEFT);
                actuals.getChildren().add(cell);
            }
        } finally {
            loading = false;
        }
    }

    private TextField number(String name) {
        TextField f = new TextField();
        f.setPrefColumnCount(6);
        f.setAccessibleText(name);
        validation.registerValidator(f, false, Validator.createPredicateValidator(
                (String s) -> UkFormats.isNumberOrBlank(s), TargetsViewModel.NOT_A_NUMBER));
        return f;
    }

    private CommitField field(TextField f, String name, Predicate<String> commit) {
        if (f.getAccessibleText() == null) {
            f.setAccessibleText(name);
        }
        CommitField c = CommitField.on(f, commit);
        fields.add(c);
        return c;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.getStyleClass().add("field-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static TableColumn<Target, String> column(String title, double width, java.util.function.Function<Target, String> value) {
        TableColumn<Target, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    Node root() {
        return root;
    }
}
