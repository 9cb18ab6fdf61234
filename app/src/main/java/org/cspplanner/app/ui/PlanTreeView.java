package org.cspplanner.app.ui;

import java.util.Objects;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cspplanner.app.ui.support.Icons;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Theme;
import org.cspplanner.model.store.PlanSummary;
import org.kordamp.ikonli.feather.Feather;

/** The left panel: the workspace's plans, and the open plan's themes (with their strategic sections, where it has them). */
public final class PlanTreeView {

    /** A line of the outline: the whole plan, a theme, or a section within a theme. */
    public record OutlineItem(String label, UUID themeId, UUID sectionId) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final VBox root = new VBox(6);
    private final TreeView<OutlineItem> outline = new TreeView<>();
    private final ListView<PlanSummary> plans;
    private final MainViewModel model;
    private boolean rebuilding;

    public PlanTreeView(MainViewModel model) {
        this.model = model;
        plans = new ListView<>(model.plans());
        plans.setId("plans");
        plans.setAccessibleText("Plans in this workspace");
        plans.setPrefHeight(150);
        plans.setMinHeight(80);
        plans.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PlanSummary p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.title() + "\n" + p.periodLabel() + " · " + p.status().label());
                setWrapText(true);
                setPrefWidth(0); // wrap to the panel instead of scrolling sideways
                setAccessibleText(empty || p == null ? null : p.title());
            }
        });
        plans.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedPlanProperty().set(now);
            }
        });
        model.selectedPlanProperty().addListener((o, old, now) -> {
            if (now != null && plans.getSelectionModel().getSelectedItem() != now) {
                plans.getSelectionModel().select(now);
            }
        });

        outline.setId("themes");
        outline.setAccessibleText("Themes of the open plan");
        outline.setShowRoot(true);
        outline.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(OutlineItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.label()));
                setPrefWidth(0); // fit the panel with an ellipsis rather than a sideways scroll bar
            }
        });
        VBox.setVgrow(outline, Priority.ALWAYS);
        outline.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (!rebuilding) {
                OutlineItem v = item == null ? null : item.getValue();
                model.actions().showScope(v == null ? null : v.themeId(), v == null ? null : v.sectionId());
            }
        });
        model.planProperty().addListener((o, old, plan) -> rebuild(plan));

        HBox themeButtons = new HBox(2,
                Icons.iconButton(Feather.FOLDER_PLUS, "New theme", () -> model.outline().addTheme()),
                Icons.iconButton(Feather.EDIT_2, "Rename theme", () -> model.outline().renameTheme(selectedTheme())),
                Icons.iconButton(Feather.FILE_TEXT, "Edit theme…", this::editTheme),
                Icons.iconButton(Feather.ARROW_UP, "Move theme up", () -> model.outline().moveTheme(selectedTheme(), -1)),
                Icons.iconButton(Feather.ARROW_DOWN, "Move theme down", () -> model.outline().moveTheme(selectedTheme(), 1)),
                Icons.iconButton(Feather.TRASH_2, "Delete theme", () -> model.outline().deleteTheme(selectedTheme())));
        themeButtons.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox themesHeading = new HBox(heading("Themes"), spacer, themeButtons);
        themesHeading.setAlignment(Pos.CENTER_LEFT);

        HBox plansHeading = new HBox(heading("Plans"));
        root.getChildren().addAll(plansHeading, plans, themesHeading, outline);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("side-panel");
        root.setMinWidth(200);
    }

    /** Opens the theme editor (description and narrative) on the chosen theme. */
    private void editTheme() {
        Theme theme = selectedTheme();
        if (theme != null && model.planEditor().document() != null) {
            new org.cspplanner.app.ui.editor.ThemeEditorDialog(new org.cspplanner.app.ui.editor.ThemeEditorViewModel(
                    model.planEditor(), theme), root.getScene() == null ? null : root.getScene().getWindow()).showAndApply();
        }
    }

    /** The theme chosen in the outline (or the theme of the chosen section), if any. */
    public Theme selectedTheme() {
        TreeItem<OutlineItem> item = outline.getSelectionModel().getSelectedItem();
        Plan plan = model.planProperty().get();
        if (item == null || plan == null || item.getValue().themeId() == null) {
            return null;
        }
        return plan.theme(item.getValue().themeId()).orElse(null);
    }

    private void rebuild(Plan plan) {
        TreeItem<OutlineItem> chosen = outline.getSelectionModel().getSelectedItem();
        OutlineItem keep = chosen == null ? null : chosen.getValue();
        rebuilding = true;
        try {
            if (plan == null) {
                outline.setRoot(null);
                return;
            }
            TreeItem<OutlineItem> root = new TreeItem<>(new OutlineItem("All actions (" + plan.actionCount() + ")", null, null));
            root.setExpanded(true);
            TreeItem<OutlineItem> select = root;
            for (Theme t : plan.themes()) {
                TreeItem<OutlineItem> themeItem = new TreeItem<>(new OutlineItem(t.heading() + " (" + t.actions().size() + ")", t.id(), null));
                for (StrategicSection s : plan.strategicSections()) {
                    long n = t.actions().stream().map(Action::sectionId).filter(id -> Objects.equals(id, s.id())).count();
                    if (n > 0) {
                        String label = (s.code().isEmpty() ? "" : s.code() + " ") + s.title() + " (" + n + ")";
                        TreeItem<OutlineItem> sectionItem = new TreeItem<>(new OutlineItem(label, t.id(), s.id()));
                        themeItem.getChildren().add(sectionItem);
                        if (keep != null && t.id().equals(keep.themeId()) && s.id().equals(keep.sectionId())) {
                            select = sectionItem;
                        }
                    }
                }
                if (keep != null && t.id().equals(keep.themeId()) && keep.sectionId() == null) {
                    select = themeItem;
                }
                root.getChildren().add(themeItem);
            }
            outline.setRoot(root);
            outline.getSelectionModel().select(select);
        } finally {
            rebuilding = false;
        }
        OutlineItem v = outline.getSelectionModel().getSelectedItem() == null ? null
                : outline.getSelectionModel().getSelectedItem().getValue();
        model.actions().showScope(v == null ? null : v.themeId(), v == null ? null : v.sectionId());
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    public Node root() {
        return root;
    }

    public TreeView<OutlineItem> outline() {
        return outline;
    }

    public ListView<PlanSummary> plans() {
        return plans;
    }
}
