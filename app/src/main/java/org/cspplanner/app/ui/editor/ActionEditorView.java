package org.cspplanner.app.ui.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.cspplanner.app.ui.support.CommitField;
import org.cspplanner.app.ui.support.RagChip;
import org.cspplanner.app.ui.support.UkFormats;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.StrategicSection;

/**
 * The right-hand editor of the chosen action: every field of the action, then its milestones,
 * targets and update history. Text is committed on leaving a field or pressing Enter.
 */
public final class ActionEditorView {

    private final ActionEditorViewModel model;
    private final StackPane root = new StackPane();
    private final VBox content = new VBox(14);
    private final Label heading = new Label();
    private final List<CommitField> fields = new ArrayList<>();
    private final TextField title = new TextField();
    private final ComboBox<Rag> rag = new ComboBox<>();
    private final ComboBox<ActionStatus> status = new ComboBox<>();
    private final ComboBox<StrategicSection> section = new ComboBox<>();
    private final DatePicker start = new DatePicker();
    private final DatePicker due = new DatePicker();
    private final ComboBox<DueDate.Precision> startPrecision = precisionBox("Start date precision");
    private final ComboBox<DueDate.Precision> duePrecision = precisionBox("Due date precision");
    private final ValidationSupport validation = new ValidationSupport();
    private final UpdatesPane updates;
    private CommitField titleField;
    private CommitField code;
    private CommitField description;
    private CommitField outcome;
    private CommitField leads;
    private CommitField partners;
    private CommitField barriers;
    private CommitField tags;
    private boolean loading;
    private ScrollPane scroll;

    public ActionEditorView(ActionEditorViewModel model) {
        this.model = model;
        heading.getStyleClass().addAll("editor-heading");
        heading.setWrapText(true);
        Label message = new Label();
        message.setId("editor-message");
        message.getStyleClass().add("editor-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        updates = new UpdatesPane(model);
        content.getChildren().addAll(heading, message, details(), section("Milestones", new MilestonesPane(model.milestones()).root()),
                section("Targets", new TargetsPane(model.targets()).root()), section("Updates", updates.root()));
        content.setPadding(new Insets(12, 14, 16, 14));
        content.setFillWidth(true);

        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("action-editor");
        scroll.getStyleClass().add("editor-scroll");
        Label empty = new Label("Choose an action in the table to see and edit it here.");
        empty.getStyleClass().add("empty-note");
        empty.visibleProperty().bind(model.hasAction().not());
        scroll.visibleProperty().bind(model.hasAction());
        root.getChildren().addAll(empty, scroll);
        root.setMinWidth(340);

        model.addBeforeChange(this::commitAll);
        model.actionProperty().addListener((o, old, a) -> load(a));
        load(model.action());
    }

    private Node details() {
        title.setId("action-title");
        titleField = commit(title, "Title", model::setTitle);
        TextField codeBox = new TextField();
        codeBox.setId("action-code");
        codeBox.setPrefColumnCount(6);
        code = commit(codeBox, "Code", model::setCode);
        TextArea descriptionBox = area("action-detail", 3);
        description = commit(descriptionBox, "Detail", model::setDescription);
        TextArea outcomeBox = area("action-outcome", 2);
        outcome = commit(outcomeBox, "Outcome", model::setOutcome);
        TextField leadsBox = new TextField();
        leadsBox.setId("action-leads");
        leadsBox.setPromptText("Helen Marsh (WVDC); Police");
        leads = commit(leadsBox, "Leads", model::setLeads);
        TextField partnersBox = new TextField();
        partnersBox.setPromptText("Vale Homes, WVFRS");
        partners = commit(partnersBox, "Other partners", model::setPartners);
        TextArea barriersBox = area("action-barriers", 2);
        barriers = commit(barriersBox, "Possible barriers", model::setBarriers);
        TextField tagsBox = new TextField();
        tagsBox.setPromptText("Young people, Town centre");
        tags = commit(tagsBox, "Tags", model::setTags);

        rag.setId("action-rag");
        rag.getItems().add(null);
        rag.getItems().addAll(Rag.values());
        rag.setConverter(converter(RagChip::word, "Not rated"));
        rag.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Rag r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(empty ? null : RagChip.of(r));
            }
        });
        rag.setAccessibleText("RAG rating");
        rag.valueProperty().addListener((o, a, r) -> {
            if (!loading) {
                model.setRag(r);
            }
        });
        status.setId("action-status");
        status.getItems().addAll(ActionStatus.values());
        status.setConverter(converter(ActionStatus::label, ""));
        status.setAccessibleText("Status");
        status.valueProperty().addListener((o, a, s) -> {
            if (!loading && s != null) {
                model.setStatus(s);
            }
        });
        section.setConverter(converter(s -> (s.code().isEmpty() ? "" : s.code() + " ") + s.title(), "No section"));
        section.getItems().add(null);
        section.setAccessibleText("Strategic section");
        section.valueProperty().addListener((o, a, s) -> {
            if (!loading) {
                model.setSection(s);
            }
        });
        for (DatePicker p : List.of(start, due)) {
            p.setConverter(UkFormats.dateConverter());
            p.setPromptText("dd/mm/yyyy");
            p.setPrefWidth(140);
        }
        due.setId("action-due");
        start.setAccessibleText("Start date");
        due.setAccessibleText("Due date");
        duePrecision.setId("action-due-precision");
        javafx.beans.InvalidationListener startChanged = o -> {
            if (!loading) {
                model.setStart(start.getValue(), startPrecision.getValue());
            }
        };
        javafx.beans.InvalidationListener dueChanged = o -> {
            if (!loading) {
                model.setDue(due.getValue(), duePrecision.getValue());
            }
        };
        start.valueProperty().addListener(startChanged);
        startPrecision.valueProperty().addListener(startChanged);
        due.valueProperty().addListener(dueChanged);
        duePrecision.valueProperty().addListener(dueChanged);

        validation.registerValidator(title, Validator.createEmptyValidator(ActionEditorViewModel.TITLE_REQUIRED));
        validation.registerValidator(due, false, (Control c, LocalDate d) -> {
            String warning = ActionEditorViewModel.dueDateWarning(d, model.plan()).orElse(null);
            return ValidationResult.fromMessageIf(c, warning, Severity.WARNING, warning != null);
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        int r = 0;
        row(grid, r++, "Title", title);
        row(grid, r++, "Code", codeBox);
        row(grid, r++, "Detail", descriptionBox);
        row(grid, r++, "Outcome", outcomeBox);
        row(grid, r++, "Leads", leadsBox);
        row(grid, r++, "Partners", partnersBox);
        dateRow(grid, r++, "Start", start, startPrecision);
        dateRow(grid, r++, "Due", due, duePrecision);
        row(grid, r++, "Status", status);
        row(grid, r++, "RAG", rag);
        row(grid, r++, "Section", section);
        row(grid, r++, "Barriers", barriersBox);
        row(grid, r, "Tags", tagsBox);
        return grid;
    }

    private void load(Action a) {
        loading = true;
        try {
            if (a == null) {
                heading.setText("");
                return;
            }
            Plan plan = model.plan();
            heading.setText((a.code().isEmpty() ? "" : a.code() + "  ") + a.title());
            titleField.load(a.title());
            code.load(a.code());
            description.load(a.description());
            outcome.load(a.outcome());
            leads.load(ActionEditorViewModel.leadsText(a.leads()));
            partners.load(String.join(", ", a.partners()));
            barriers.load(a.barriers());
            tags.load(String.join(", ", a.tags()));
            rag.setValue(a.rag());
            status.setValue(a.status());
            start.setValue(ActionEditorViewModel.day(a.start()));
            startPrecision.setValue(ActionEditorViewModel.precisionOf(a.start()));
            due.setValue(ActionEditorViewModel.day(a.due()));
            duePrecision.setValue(ActionEditorViewModel.precisionOf(a.due()));
            List<StrategicSection> sections = plan == null ? List.of() : plan.strategicSections();
            if (!section.getItems().subList(1, section.getItems().size()).equals(sections)) {
                section.getItems().setAll(new ArrayList<>(java.util.Collections.singletonList(null)));
                section.getItems().addAll(sections);
            }
            section.setDisable(sections.isEmpty());
            section.setValue(sections.stream().filter(s -> Objects.equals(s.id(), a.sectionId())).findFirst().orElse(null));
        } finally {
            loading = false;
        }
    }

    /** Hands any half-finished text to the model before another action is shown. */
    private void commitAll() {
        fields.forEach(CommitField::commit);
    }

    private CommitField commit(TextField f, String name, java.util.function.Predicate<String> to) {
        f.setAccessibleText(name);
        CommitField c = CommitField.on(f, to);
        fields.add(c);
        return c;
    }

    private CommitField commit(TextArea f, String name, java.util.function.Predicate<String> to) {
        f.setAccessibleText(name);
        CommitField c = CommitField.on(f, to);
        fields.add(c);
        return c;
    }

    private static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }

    private static void row(GridPane grid, int row, String label, Control field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.getStyleClass().add("field-label");
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new Insets(5, 0, 0, 0));
        if (field.getAccessibleText() == null) {
            field.setAccessibleText(label);
        }
        field.setMaxWidth(field instanceof DatePicker || field instanceof ComboBox ? 200 : Double.MAX_VALUE);
        grid.addRow(row, l, field);
    }

    /** A date picker with its precision beside it: a day, the month holding it, or the quarter holding it. */
    private static void dateRow(GridPane grid, int row, String label, DatePicker picker, ComboBox<DueDate.Precision> precision) {
        row(grid, row, label, picker);
        grid.getChildren().remove(picker);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, picker, precision);
        box.setAlignment(Pos.CENTER_LEFT);
        grid.add(box, 1, row);
    }

    private static ComboBox<DueDate.Precision> precisionBox(String accessibleText) {
        ComboBox<DueDate.Precision> box = new ComboBox<>();
        box.getItems().setAll(DueDate.Precision.values());
        box.setValue(DueDate.Precision.DAY);
        box.setConverter(converter(p -> switch (p) {
            case DAY -> "Day";
            case MONTH -> "Month";
            case QUARTER -> "Quarter";
        }, "Day"));
        box.setAccessibleText(accessibleText);
        box.setTooltip(new javafx.scene.control.Tooltip("Keep the date as a day, or as the month or financial quarter it falls in"));
        return box;
    }

    static Node section(String title, Node body) {
        Label h = new Label(title);
        h.getStyleClass().add("section-heading");
        VBox box = new VBox(6, h, body);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? none : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    public Node root() {
        return root;
    }

    /** Scrolls to the update form and puts the keyboard in it (the "Add update" shortcut). */
    public void focusUpdate() {
        scroll.layout();
        Node form = updates.root();
        double y = content.sceneToLocal(form.localToScene(form.getBoundsInLocal())).getMinY();
        double room = content.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        updates.focus();
    }

    /** The whole editor form, unscrolled (for rendering it to an image). */
    public javafx.scene.layout.Region content() {
        return content;
    }

    public TextField titleField() {
        return title;
    }
}
