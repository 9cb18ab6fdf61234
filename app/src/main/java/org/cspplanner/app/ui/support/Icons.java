package org.cspplanner.app.ui.support;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons and icon buttons, always with a tooltip and an accessible name. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    /** A button showing only an icon: the name is its tooltip and what a screen reader says. */
    public static Button iconButton(Ikon ikon, String name, Runnable action) {
        Button b = new Button(null, icon(ikon));
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(name));
        b.setAccessibleText(name);
        b.setOnAction(e -> action.run());
        return b;
    }

    public static Button button(Ikon ikon, String text, Runnable action) {
        Button b = new Button(text, icon(ikon));
        b.setOnAction(e -> action.run());
        return b;
    }
}
