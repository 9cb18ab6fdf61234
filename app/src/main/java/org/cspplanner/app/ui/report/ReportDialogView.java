package org.cspplanner.app.ui.report;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.app.ui.tools.ToolWindow;
import org.cspplanner.exporters.report.ReportKind;
import org.cspplanner.model.ReportingPeriod;
import org.kordamp.ikonli.feather.Feather;

/** The report window: kind, quarter, sections, layout, format, file, progress. Layout and bindings only. */
public final class ReportDialogView {

    private final BorderPane root = new BorderPane();

    public ReportDialogView(ReportDialogViewModel model) {
        Label heading = new Label("Report on ‘" + model.plan().title() + "’");
        heading.getStyleClass().add("editor-heading");
        ComboBox<ReportKind> kind = ToolWindow.combo(FXCollections.observableArrayList(ReportKind.values()),
                k -> k == ReportKind.BOARD_PACK ? "Board pack (report, full plan, funding, glossary)" : "RAG progress report");
        kind.setId("report-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<ReportingPeriod> period = ToolWindow.combo(model.periods(), ReportingPeriod::label);
        period.setId("report-period");
        period.valueProperty().bindBidirectional(model.periodProperty());
        FlowPane sections = new FlowPane(14, 8);
        sections.setPrefWrapLength(460);
        model.sections().forEach(s -> {
            CheckBox c = new CheckBox(s.title());
            c.selectedProperty().bindBidirectional(s.includedProperty());
            sections.getChildren().add(c);
        });
        sections.setAccessibleText("Sections to include");
        ComboBox<String> layout = ToolWindow.combo(FXCollections.observableArrayList(model.layouts()), s -> s);
        layout.setId("report-layout");
        layout.valueProperty().bindBidirectional(model.layoutProperty());
        layout.disableProperty().bind(model.includesActionPlan().not());
        ComboBox<String> format = ToolWindow.combo(FXCollections.observableArrayList(model.formats()), f -> switch (f) {
            case "pdf" -> "PDF (.pdf)";
            case "docx" -> "Word document (.docx)";
            case "html" -> "Web page (.html)";
            default -> f;
        });
        format.setId("report-format");
        format.valueProperty().bindBidirectional(model.formatProperty());
        TextField output = new TextField();
        output.setId("report-output");
        output.setEditable(false);
        output.setPromptText("Choose where to save the report");
        output.textProperty().bind(Bindings.createStringBinding(() -> model.outputProperty().get() == null ? ""
                : model.outputProperty().get().toString(), model.outputProperty()));
        HBox.setHgrow(output, Priority.ALWAYS);
        Button choose = Icons.button(Feather.FOLDER, "Choose…", model::chooseOutput);
        choose.setAccessibleText("Choose the report file");
        CheckBox open = new CheckBox("Open when done");
        open.selectedProperty().bindBidirectional(model.openWhenDoneProperty());

        GridPane form = ToolWindow.form();
        ToolWindow.row(form, "Report", kind);
        ToolWindow.row(form, "Quarter", period);
        ToolWindow.row(form, "Sections", sections);
        ToolWindow.row(form, "Action plan layout", layout);
        ToolWindow.row(form, "Format", format);
        ToolWindow.row(form, "Save as", new HBox(8, output, choose));
        output.setAccessibleText("Report file");
        ToolWindow.row(form, "", open);

        Label done = new Label();
        done.textProperty().bind(model.doneProperty());
        Button write = Icons.button(Feather.FILE_TEXT, "Write report", model::write);
        write.setId("report-run");
        write.setDefaultButton(true);
        write.disableProperty().bind(model.canWrite().not());
        HBox buttons = ToolWindow.buttonBar(root, done, write, model.tasks());
        VBox content = new VBox(12, heading, form, ToolWindow.errorLine(model.errorProperty(), "report-error"),
                ToolWindow.progressLine(model.tasks(), "report"), buttons);
        content.setPadding(ToolWindow.padding());
        root.setCenter(content);
    }

    public BorderPane root() {
        return root;
    }

    public static void show(ReportDialogViewModel model, Window owner) {
        ToolWindow.stage(owner, "Write report", new ReportDialogView(model).root(), 720, 560).show();
    }

}
