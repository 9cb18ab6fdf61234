package org.cspplanner.app.ui.dashboard;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cspplanner.app.ui.dashboard.DashboardViewModel.Item;
import org.cspplanner.app.ui.dashboard.DashboardViewModel.ThemeCounts;

/** The dashboard: RAG counts per theme as a chart with the numbers beside it, and the lists that need attention. */
public final class DashboardView {

    private static final String[] SERIES = {"Red", "Amber", "Green", "Not rated", "Complete"};

    private final ScrollPane root;
    private final StackedBarChart<Number, String> chart;
    private NumberAxis count;

    public DashboardView(DashboardViewModel model) {
        Label heading = new Label();
        heading.getStyleClass().add("dashboard-heading");
        heading.textProperty().bind(model.headingProperty());
        Label summary = new Label();
        summary.setId("dashboard-summary");
        summary.getStyleClass().add("dashboard-summary");
        summary.textProperty().bind(model.summaryProperty());

        NumberAxis count = new NumberAxis();
        count.setLabel("Actions");
        count.setMinorTickVisible(false);
        count.setTickUnit(1);
        count.setAutoRanging(false);
        count.setLowerBound(0);
        this.count = count;
        CategoryAxis themes = new CategoryAxis();
        chart = new StackedBarChart<>(count, themes);
        chart.setId("rag-chart");
        chart.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setCategoryGap(14);
        chart.setPrefHeight(280);
        chart.setMinWidth(420);
        chart.setAccessibleText("Chart of RAG ratings per theme; the same numbers are in the table beside it");
        HBox.setHgrow(chart, Priority.ALWAYS);

        TableView<ThemeCounts> numbers = new TableView<>(model.counts());
        numbers.setId("rag-counts");
        numbers.setAccessibleText("RAG counts per theme");
        numbers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ThemeCounts, String> theme = column("Theme", 190, ThemeCounts::heading);
        theme.setMinWidth(150);
        numbers.getColumns().add(theme);
        numbers.getColumns().add(number("Red", ThemeCounts::red));
        numbers.getColumns().add(number("Amber", ThemeCounts::amber));
        numbers.getColumns().add(number("Green", ThemeCounts::green));
        numbers.getColumns().add(number("Not rated", ThemeCounts::notRated));
        numbers.getColumns().add(number("Complete", ThemeCounts::complete));
        numbers.setPrefWidth(560);
        numbers.setMinWidth(520);
        numbers.setPrefHeight(280);

        HBox top = new HBox(16, chart, numbers);
        model.counts().addListener((ListChangeListener<ThemeCounts>) c -> fill(model.counts()));
        fill(model.counts());

        GridPane lists = new GridPane();
        lists.setHgap(16);
        lists.setVgap(8);
        lists.add(list("Overdue actions", "overdue", model.overdue(), "Due"), 0, 0);
        lists.add(list("No update this quarter", "no-update", model.noUpdate(), "Leads"), 1, 0);
        lists.add(list("Targets off track", "targets-off-track", model.targetsOffTrack(), "Latest figure"), 2, 0);
        for (int i = 0; i < 3; i++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100 / 3.0);
            cc.setHgrow(Priority.ALWAYS);
            lists.getColumnConstraints().add(cc);
        }

        VBox content = new VBox(12, heading, summary, top, lists);
        content.setPadding(new Insets(16));
        content.getStyleClass().add("dashboard");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("dashboard");
    }

    private void fill(List<ThemeCounts> counts) {
        chart.getData().clear();
        // whole actions only: the axis counts in ones up to the largest theme
        int most = counts.stream().mapToInt(ThemeCounts::total).max().orElse(0);
        count.setUpperBound(Math.max(1, most));
        count.setTickUnit(most > 20 ? Math.ceil(most / 10.0) : 1);
        for (int s = 0; s < SERIES.length; s++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(SERIES[s]);
            for (ThemeCounts c : counts) {
                int n = switch (s) {
                    case 0 -> c.red();
                    case 1 -> c.amber();
                    case 2 -> c.green();
                    case 3 -> c.notRated();
                    default -> c.complete();
                };
                series.getData().add(new XYChart.Data<>(n, shortName(c.heading())));
            }
            chart.getData().add(series);
        }
    }

    private static String shortName(String heading) {
        return heading.length() <= 28 ? heading : heading.substring(0, 27).strip() + "…";
    }

    private static Node list(String title, String id, ObservableList<Item> items, String detail) {
        Label h = new Label();
        h.getStyleClass().add("section-heading");
        Runnable count = () -> h.setText(title + " (" + items.size() + ")");
        items.addListener((ListChangeListener<Item>) c -> count.run());
        count.run();
        TableView<Item> table = new TableView<>(items);
        table.setId(id);
        table.setAccessibleText(title);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("None"));
        table.setPrefHeight(260);
        TableColumn<Item, String> code = column("Code", 56, Item::code);
        code.setMinWidth(54);
        code.setMaxWidth(70);
        table.getColumns().add(code);
        table.getColumns().add(column("Action", 200, Item::title));
        table.getColumns().add(column(detail, 140, Item::detail));
        VBox box = new VBox(6, h, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<ThemeCounts, Number> number(String title, Function<ThemeCounts, Integer> value) {
        TableColumn<ThemeCounts, Number> c = new TableColumn<>(title);
        c.setPrefWidth(76);
        c.setMinWidth(74);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    public Node root() {
        return root;
    }
}
