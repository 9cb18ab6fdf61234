package org.cspplanner.app.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cspplanner.app.ui.importing.ImportWizardViewModel.Step;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.app.ui.tools.ToolWindow;
import org.cspplanner.exporters.importing.ImportField;
import org.cspplanner.exporters.importing.ImportPreview;
import org.kordamp.ikonli.feather.Feather;

/** The import wizard's window: one page per step, Back / Next / Import, and the progress line. Layout and bindings only. */
public final class ImportWizardView {

    private final ImportWizardViewModel model;
    private final BorderPane root = new BorderPane();

    public ImportWizardView(ImportWizardViewModel model) {
        this.model = model;
        Label heading = new Label();
        heading.getStyleClass().add("editor-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stepProperty().get()) {
            case FILE -> "1 of 4 · Choose the file";
            case SHEETS -> "2 of 4 · Sheets to import";
            case MAPPING -> "3 of 4 · What each column holds";
            case PREVIEW -> "4 of 4 · Check and import";
            case DONE -> "Imported";
        }, model.stepProperty()));
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("dashboard-summary");
        message.textProperty().bind(model.messageProperty());
        VBox top = new VBox(4, heading, message);

        StackPane pages = new StackPane(page(Step.FILE, filePage()), page(Step.SHEETS, sheetsPage()),
                page(Step.MAPPING, mappingPage()), page(Step.PREVIEW, previewPage()), page(Step.DONE, donePage()));
        VBox.setVgrow(pages, Priority.ALWAYS);

        Button back = Icons.button(Feather.ARROW_LEFT, "Back", model::back);
        back.setId("import-back");
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> model.stepProperty().get() == Step.FILE
                || model.stepProperty().get() == Step.DONE || model.tasks().runningProperty().get(),
                model.stepProperty(), model.tasks().runningProperty()));
        Button next = Icons.button(Feather.ARROW_RIGHT, "Next", model::next);
        next.setId("import-next");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.canGoNext().not());
        next.visibleProperty().bind(model.stepProperty().isNotEqualTo(Step.PREVIEW).and(model.stepProperty().isNotEqualTo(Step.DONE)));
        next.managedProperty().bind(next.visibleProperty());
        Button importButton = Icons.button(Feather.UPLOAD, "Import", model::importPlan);
        importButton.setId("import-run");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(model.canImport().not());
        importButton.visibleProperty().bind(model.stepProperty().isEqualTo(Step.PREVIEW));
        importButton.managedProperty().bind(importButton.visibleProperty());
        Button close = new Button();
        close.setId("import-close");
        close.textProperty().bind(Bindings.when(model.stepProperty().isEqualTo(Step.DONE)).then("Close").otherwise("Cancel"));
        close.setCancelButton(true);
        close.setOnAction(e -> {
            model.cancel();
            if (root.getScene() != null && root.getScene().getWindow() instanceof Stage s) {
                s.close();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, back, next, importButton, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox bottom = new VBox(8, ToolWindow.errorLine(model.errorProperty(), "import-error"),
                ToolWindow.progressLine(model.tasks(), "import"), buttons);

        VBox content = new VBox(12, top, pages, bottom);
        content.setPadding(ToolWindow.padding());
        root.setCenter(content);
        root.getStyleClass().add("import-wizard");
    }

    public BorderPane root() {
        return root;
    }

    /** Opens the wizard over the main window. */
    public static void show(ImportWizardViewModel model, Window owner) {
        ImportWizardView view = new ImportWizardView(model);
        ToolWindow.stage(owner, "Import plan", view.root(), 860, 600).show();
    }

    private Node page(Step step, Node content) {
        content.visibleProperty().bind(model.stepProperty().isEqualTo(step));
        return content;
    }

    private Node filePage() {
        Label what = new Label("Import an action plan from an Excel workbook (.xlsx, .xls), a CSV file, the tables of "
                + "a Word document (.docx), or a CSP Planner file (.json). Nothing is saved until the last step.");
        what.setWrapText(true);
        Button choose = Icons.button(Feather.FOLDER, "Choose file…", model::chooseFile);
        choose.setId("import-choose");
        Label chosen = new Label();
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? "No file chosen"
                : model.fileProperty().get().getFileName().toString(), model.fileProperty()));
        HBox line = new HBox(10, choose, chosen);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(14, what, line);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private Node sheetsPage() {
        TableView<SheetChoice> table = new TableView<>(model.sheets());
        table.setId("import-sheets");
        table.setAccessibleText("Sheets read from the file");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SheetChoice, Boolean> use = new TableColumn<>("Import");
        use.setCellValueFactory(c -> c.getValue().includedProperty());
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        use.setPrefWidth(70);
        use.setEditable(true);
        TableColumn<SheetChoice, String> name = text("Sheet or table", 300, SheetChoice::name);
        TableColumn<SheetChoice, String> what = text("Contents", 260, SheetChoice::description);
        table.getColumns().addAll(java.util.List.of(use, name, what));
        return table;
    }

    private Node mappingPage() {
        TableView<ColumnChoice> table = new TableView<>(model.columns());
        table.setId("import-mapping");
        table.setAccessibleText("Column mapping");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ColumnChoice, String> letter = text("Column", 60, ColumnChoice::letter);
        TableColumn<ColumnChoice, String> header = text("Header in the file", 200, ColumnChoice::header);
        TableColumn<ColumnChoice, String> example = text("First value", 250, ColumnChoice::example);
        TableColumn<ColumnChoice, ImportField> field = new TableColumn<>("Read as");
        field.setPrefWidth(200);
        field.setCellValueFactory(c -> c.getValue().fieldProperty());
        field.setCellFactory(c -> new FieldCell());
        table.getColumns().addAll(java.util.List.of(letter, header, example, field));
        Label sheet = new Label();
        sheet.textProperty().bind(Bindings.concat("Header row of ‘", model.mappingSheetProperty(), "’"));
        sheet.getStyleClass().add("field-label");
        Button save = Icons.button(Feather.SAVE, "Save mapping…", model::saveMapping);
        save.setId("import-save-mapping");
        Button load = Icons.button(Feather.FOLDER, "Load mapping…", model::loadMapping);
        load.setId("import-load-mapping");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, sheet, gap, load, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** The "Read as" choice of one column: a ComboBox of the fields by their labels. */
    private final class FieldCell extends TableCell<ColumnChoice, ImportField> {
        private final ComboBox<ImportField> box = new ComboBox<>();

        FieldCell() {
            box.getItems().setAll(ImportField.values());
            box.setCellFactory(l -> fieldCell());
            box.setButtonCell(fieldCell());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnAction(e -> {
                ColumnChoice row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && box.getValue() != null && box.getValue() != row.field()) {
                    model.setField(row.index(), box.getValue());
                }
            });
        }

        @Override
        protected void updateItem(ImportField item, boolean empty) {
            super.updateItem(item, empty);
            ColumnChoice row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            box.setValue(item);
            box.setAccessibleText("Column " + row.letter() + " " + row.header() + " is read as");
            setGraphic(box);
        }
    }

    private static ListCell<ImportField> fieldCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ImportField f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.label());
            }
        };
    }

    private Node previewPage() {
        TextField title = new TextField();
        title.setId("import-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        GridPane form = ToolWindow.form();
        ToolWindow.row(form, "Title of the new plan", title);
        Label counts = new Label();
        counts.setId("import-counts");
        counts.getStyleClass().add("section-heading");
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            ImportPreview p = model.previewProperty().get();
            return p == null ? "" : count(p.themes(), "theme") + " · " + count(p.actions(), "action") + " · "
                    + count(p.milestones(), "milestone") + " · " + count(p.updates(), "update") + " · "
                    + count(p.plan().glossary().size(), "glossary term") + " · " + p.plan().periodLabel();
        }, model.previewProperty()));
        ListView<String> warnings = lines(model.warnings(), "import-warnings", "Warnings");
        ListView<String> notes = lines(model.notes(), "import-notes", "Notes on how the file was read");
        notes.setMinHeight(72);
        notes.setPrefHeight(72);
        warnings.setPrefHeight(200);
        Label warningsHeading = new Label();
        warningsHeading.textProperty().bind(Bindings.size(model.warnings()).asString("Warnings (%d): rows that were skipped or read with a change"));
        warningsHeading.getStyleClass().add("panel-heading");
        Label notesHeading = new Label("Notes");
        notesHeading.getStyleClass().add("panel-heading");
        VBox box = new VBox(8, form, counts, warningsHeading, warnings, notesHeading, notes);
        VBox.setVgrow(warnings, Priority.ALWAYS);
        return box;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private Node donePage() {
        Label done = new Label();
        done.setId("import-done");
        done.setWrapText(true);
        done.textProperty().bind(Bindings.createStringBinding(() -> model.importedProperty().get() == null ? ""
                : "‘" + model.importedProperty().get().title() + "’ is now in the workspace and open in the main window. "
                + "Edit › Undo takes the whole import back.", model.importedProperty()));
        return new VBox(done);
    }

    private static ListView<String> lines(javafx.collections.ObservableList<String> items, String id, String name) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setAccessibleText(name);
        list.setPlaceholder(new Label("None"));
        return list;
    }

    private static <T> TableColumn<T, String> text(String title, double width, java.util.function.Function<T, String> get) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setEditable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(get.apply(cell.getValue())));
        return c;
    }

}
