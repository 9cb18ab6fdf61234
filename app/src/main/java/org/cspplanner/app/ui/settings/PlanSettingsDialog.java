package org.cspplanner.app.ui.settings;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cspplanner.app.ui.settings.PlanSettingsViewModel.FundingRow;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.app.ui.support.UkFormats;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.NarrativeSection;
import org.cspplanner.model.Organisation;
import org.cspplanner.model.PlanStatus;
import org.kordamp.ikonli.feather.Feather;

/** The plan settings window: general details, partners, RAG key, narrative, glossary and funding, applied as one edit. */
public final class PlanSettingsDialog {

    private final PlanSettingsViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public PlanSettingsDialog(PlanSettingsViewModel model, Window owner) {
        this.model = model;
        dialog.setTitle("Plan settings");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TabPane tabs = new TabPane(
                tab("General", general()),
                tab("Partners", partners()),
                tab("RAG key", ragKey()),
                tab("Narrative", narrative()),
                tab("Glossary", glossary()),
                tab("Funding", funding()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(760, 520);
        Label problem = new Label();
        problem.getStyleClass().add("editor-message");
        problem.setId("settings-problem");
        VBox content = new VBox(8, tabs, problem);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save settings", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            String p = model.firstProblem().orElse(null);
            problem.setText(p == null ? "" : p);
            if (p != null) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b);
    }

    /** Shows the window; applies the settings when the person saves them. */
    public boolean showAndApply() {
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent() && model.apply();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    private Node general() {
        TextField title = new TextField();
        title.setId("settings-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextField partnership = new TextField();
        partnership.textProperty().bindBidirectional(model.partnershipProperty());
        DatePicker start = datePicker();
        start.valueProperty().bindBidirectional(model.startProperty());
        DatePicker end = datePicker();
        end.valueProperty().bindBidirectional(model.endProperty());
        ComboBox<PlanStatus> status = new ComboBox<>();
        status.getItems().setAll(PlanStatus.values());
        status.setButtonCell(statusCell());
        status.setCellFactory(l -> statusCell());
        status.valueProperty().bindBidirectional(model.statusProperty());
        GridPane g = grid();
        addRow(g, 0, "Title", title);
        addRow(g, 1, "Partnership", partnership);
        addRow(g, 2, "Starts", start);
        addRow(g, 3, "Ends", end);
        addRow(g, 4, "Status", status);
        return g;
    }

    private Node ragKey() {
        GridPane g = grid();
        addRow(g, 0, "Green", area(model.greenProperty()));
        addRow(g, 1, "Amber", area(model.amberProperty()));
        addRow(g, 2, "Red", area(model.redProperty()));
        addRow(g, 3, "Complete", area(model.completeProperty()));
        addRow(g, 4, "Not started", area(model.notStartedProperty()));
        return g;
    }

    private Node partners() {
        ObservableList<Organisation> items = model.organisations();
        TableView<Organisation> t = table(items);
        t.getColumns().add(editable("Name", 280, Organisation::name, (o, v) -> new Organisation(o.id(), v, o.shortName(), o.statutoryRole())));
        t.getColumns().add(editable("Short name", 110, Organisation::shortName, (o, v) -> new Organisation(o.id(), o.name(), v, o.statutoryRole())));
        t.getColumns().add(editable("Role", 280, Organisation::statutoryRole, (o, v) -> new Organisation(o.id(), o.name(), o.shortName(), v)));
        return withButtons(t, items, () -> Organisation.of("New partner", ""));
    }

    private Node glossary() {
        ObservableList<GlossaryTerm> items = model.glossary();
        TableView<GlossaryTerm> t = table(items);
        t.getColumns().add(editable("Term", 120, GlossaryTerm::term, (g, v) -> new GlossaryTerm(v.isBlank() ? g.term() : v, g.definition())));
        t.getColumns().add(editable("Meaning", 520, GlossaryTerm::definition, (g, v) -> new GlossaryTerm(g.term(), v)));
        return withButtons(t, items, () -> new GlossaryTerm("New term", ""));
    }

    private Node funding() {
        ObservableList<FundingRow> items = model.funding();
        TableView<FundingRow> t = table(items);
        t.getColumns().add(editable("Item", 360, FundingRow::item, (f, v) -> new FundingRow(v, f.amount(), f.source())));
        t.getColumns().add(editable("Amount (£)", 120, f -> UkFormats.parseNumber(f.amount()).map(UkFormats::money).orElse(f.amount()),
                (f, v) -> new FundingRow(f.item(), v, f.source())));
        t.getColumns().add(editable("Source", 160, FundingRow::source, (f, v) -> new FundingRow(f.item(), f.amount(), v)));
        return withButtons(t, items, () -> new FundingRow("New funding line", "0", ""));
    }

    private Node narrative() {
        ObservableList<NarrativeSection> items = model.sections();
        ListView<NarrativeSection> list = new ListView<>(items);
        list.setAccessibleText("Narrative sections");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(NarrativeSection s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.heading());
            }
        });
        list.setPrefWidth(220);
        TextField heading = new TextField();
        heading.setAccessibleText("Section heading");
        TextArea text = new TextArea();
        text.setWrapText(true);
        text.setAccessibleText("Section text");
        VBox.setVgrow(text, Priority.ALWAYS);
        boolean[] loading = {false};
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            loading[0] = true;
            heading.setText(s == null ? "" : s.heading());
            text.setText(s == null ? "" : s.text());
            loading[0] = false;
        });
        Runnable store = () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (!loading[0] && i >= 0) {
                items.set(i, new NarrativeSection(heading.getText(), text.getText()));
                list.getSelectionModel().select(i);
            }
        };
        heading.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                store.run();
            }
        });
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                store.run();
            }
        });
        VBox editor = new VBox(6, new Label("Heading"), heading, new Label("Text"), text);
        HBox.setHgrow(editor, Priority.ALWAYS);
        Node left = withButtons(list, items, () -> new NarrativeSection("New section", ""));
        HBox box = new HBox(12, left, editor);
        box.setPadding(new Insets(12));
        return box;
    }

    private static <T> TableView<T> table(ObservableList<T> items) {
        TableView<T> t = new TableView<>(items);
        t.setEditable(true);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private static <T> TableColumn<T, String> editable(String title, double width, Function<T, String> get, BiFunction<T, String, T> with) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(get.apply(cell.getValue())));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            int row = e.getTablePosition().getRow();
            try {
                e.getTableView().getItems().set(row, with.apply(e.getRowValue(), e.getNewValue()));
            } catch (IllegalArgumentException refused) {
                e.getTableView().refresh();
            }
        });
        return c;
    }

    private static <T> Node withButtons(javafx.scene.control.Control view, ObservableList<T> items, java.util.function.Supplier<T> fresh) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.MultipleSelectionModel<T> selection = view instanceof TableView<?> tv
                ? (javafx.scene.control.MultipleSelectionModel<T>) (Object) ((TableView<T>) tv).getSelectionModel()
                : ((ListView<T>) view).getSelectionModel();
        HBox buttons = new HBox(4,
                Icons.button(Feather.PLUS, "Add", () -> {
                    items.add(fresh.get());
                    selection.selectLast();
                }),
                Icons.button(Feather.TRASH_2, "Remove", () -> {
                    int i = selection.getSelectedIndex();
                    if (i >= 0) {
                        items.remove(i);
                    }
                }));
        VBox box = new VBox(6, view, buttons);
        VBox.setVgrow(view, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private static DatePicker datePicker() {
        DatePicker p = new DatePicker();
        p.setConverter(UkFormats.dateConverter());
        p.setPromptText("dd/mm/yyyy");
        return p;
    }

    private static TextArea area(javafx.beans.property.StringProperty value) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(2);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    private static ListCell<PlanStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PlanStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.label());
            }
        };
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        g.setPadding(new Insets(16));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, values);
        return g;
    }

    private static void addRow(GridPane g, int row, String label, javafx.scene.control.Control field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        field.setAccessibleText(label);
        g.addRow(row, l, field);
    }
}
