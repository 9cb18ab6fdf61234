package org.cspplanner.app.ui.export;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.app.ui.tools.ToolWindow;
import org.cspplanner.exporters.layout.CustomLayout;
import org.cspplanner.exporters.layout.Layout;
import org.cspplanner.model.ReportingPeriod;
import org.kordamp.ikonli.feather.Feather;

/** The export window: what to export and how, where to, and the progress. Layout and bindings only. */
public final class ExportDialogView {

    private final BorderPane root = new BorderPane();

    public ExportDialogView(ExportDialogViewModel model) {
        Label heading = new Label("Export ‘" + model.plan().title() + "’");
        heading.getStyleClass().add("editor-heading");

        ComboBox<Layout> layout = ToolWindow.combo(model.layouts(), l -> l.name() + " — " + l.description());
        layout.setId("export-layout");
        layout.valueProperty().bindBidirectional(model.layoutProperty());
        layout.disableProperty().bind(model.takesLayout().not());
        layout.setMaxWidth(Double.MAX_VALUE);
        ComboBox<String> format = ToolWindow.combo(model.formats(), ExportDialogView::formatLabel);
        format.setId("export-format");
        format.valueProperty().bindBidirectional(model.formatProperty());
        ComboBox<ReportingPeriod> period = ToolWindow.combo(model.periods(), ReportingPeriod::label);
        period.setId("export-period");
        period.valueProperty().bindBidirectional(model.periodProperty());
        period.disableProperty().bind(model.takesLayout().not());
        CheckBox rag = new CheckBox("Add a Progress (RAG) column where the layout has none");
        rag.setId("export-rag");
        rag.selectedProperty().bindBidirectional(model.ragColumnProperty());
        rag.disableProperty().bind(model.takesLayout().not());

        GridPane form = ToolWindow.form();
        ToolWindow.row(form, "Format", format);
        ToolWindow.row(form, "Layout", layout);
        ToolWindow.row(form, "Reporting period", period);
        ToolWindow.row(form, "Options", rag);

        Node custom = customPane(model);

        TextField output = new TextField();
        output.setId("export-output");
        output.setEditable(false);
        output.setPromptText("Choose where to save the file");
        output.textProperty().bind(Bindings.createStringBinding(() -> model.outputProperty().get() == null ? ""
                : model.outputProperty().get().toString(), model.outputProperty()));
        HBox.setHgrow(output, Priority.ALWAYS);
        Button choose = Icons.button(Feather.FOLDER, "Choose…", model::chooseOutput);
        choose.setId("export-choose");
        choose.setAccessibleText("Choose the file to save");
        HBox outputLine = new HBox(8, output, choose);
        CheckBox open = new CheckBox("Open when done");
        open.setId("export-open");
        open.selectedProperty().bindBidirectional(model.openWhenDoneProperty());
        GridPane where = ToolWindow.form();
        ToolWindow.row(where, "Save as", outputLine);
        output.setAccessibleText("File to save");
        ToolWindow.row(where, "", open);

        Label done = new Label();
        done.setId("export-done");
        done.textProperty().bind(model.doneProperty());
        Button export = Icons.button(Feather.DOWNLOAD, "Export", model::export);
        export.setId("export-run");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExport().not());
        HBox buttons = ToolWindow.buttonBar(root, done, export, model.tasks());

        VBox content = new VBox(12, heading, form, custom, where, ToolWindow.errorLine(model.errorProperty(), "export-error"),
                ToolWindow.progressLine(model.tasks(), "export"), buttons);
        content.setPadding(ToolWindow.padding());
        root.setCenter(content);
    }

    public BorderPane root() {
        return root;
    }

    public static void show(ExportDialogViewModel model, Window owner) {
        ToolWindow.stage(owner, "Export plan", new ExportDialogView(model).root(), 760, 680).show();
    }

    private static Node customPane(ExportDialogViewModel model) {
        ListView<CustomColumnChoice> list = new ListView<>(model.columns());
        list.setId("export-columns");
        list.setAccessibleText("Columns of the custom layout");
        list.setCellFactory(CheckBoxListCell.forListView(CustomColumnChoice::includedProperty,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(CustomColumnChoice c) {
                        return c == null ? "" : c.header();
                    }

                    @Override
                    public CustomColumnChoice fromString(String s) {
                        return null;
                    }
                }));
        list.setPrefHeight(190);
        Button up = Icons.iconButton(Feather.ARROW_UP, "Move column up", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            model.move(i, -1);
            list.getSelectionModel().select(Math.max(0, i - 1));
        });
        Button down = Icons.iconButton(Feather.ARROW_DOWN, "Move column down", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            model.move(i, 1);
            list.getSelectionModel().select(Math.min(model.columns().size() - 1, i + 1));
        });
        VBox moves = new VBox(4, up, down);
        HBox.setHgrow(list, Priority.ALWAYS);
        HBox columns = new HBox(6, list, moves);
        ComboBox<CustomLayout.Grouping> grouping = ToolWindow.combo(javafx.collections.FXCollections.observableArrayList(
                CustomLayout.Grouping.values()), g -> switch (g) {
                    case THEME -> "By theme";
                    case SECTION -> "By strategic section";
                    case NONE -> "One table";
                });
        grouping.setId("export-grouping");
        grouping.valueProperty().bindBidirectional(model.groupingProperty());
        ComboBox<CustomLayout.SortOrder> sort = ToolWindow.combo(javafx.collections.FXCollections.observableArrayList(
                CustomLayout.SortOrder.values()), s -> switch (s) {
                    case PLAN -> "As in the plan";
                    case CODE -> "By reference";
                    case DUE -> "By due date";
                    case RAG -> "By RAG, Red first";
                });
        sort.setId("export-sort");
        sort.valueProperty().bindBidirectional(model.sortProperty());
        GridPane form = ToolWindow.form();
        ToolWindow.row(form, "Columns", columns);
        ToolWindow.row(form, "Grouping", grouping);
        ToolWindow.row(form, "Order", sort);
        Label note = new Label("The custom layout is saved with the plan when you export (Edit › Undo takes it back).");
        note.getStyleClass().add("empty-note");
        VBox box = new VBox(8, sectionHeading("Custom layout"), form, note);
        box.visibleProperty().bind(model.isCustom());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Label sectionHeading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    static String formatLabel(String f) {
        return switch (f) {
            case "docx" -> "Word document (.docx)";
            case "pdf" -> "PDF (.pdf)";
            case "xlsx" -> "Excel workbook (.xlsx)";
            case "csv" -> "CSV file (.csv)";
            case "html" -> "Web page (.html)";
            case "json" -> "CSP Planner file (.json), the whole plan";
            default -> f.toUpperCase(Locale.UK);
        };
    }

}
