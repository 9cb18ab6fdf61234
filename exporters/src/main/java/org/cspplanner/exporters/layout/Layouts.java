package org.cspplanner.exporters.layout;

import java.util.List;
import java.util.Locale;

/** The six named layouts: five regenerate the seed plans' tables, {@code custom} is the user's own. */
public final class Layouts {

    private static final List<Layout> ALL = List.of(
            new PreventionPlanLayout(),
            new AreaOfFocusLayout(),
            new RollingPlanLayout(),
            new DeliveryPlanLayout(),
            new ActionPlanMatrixLayout(),
            new CustomLayoutRenderer());

    private Layouts() {
    }

    public static List<Layout> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(Layout::name).toList();
    }

    /** @throws IllegalArgumentException naming the valid layouts, for an unknown name */
    public static Layout byName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(l -> l.name().equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown layout '" + name + "': expected one of " + String.join(", ", names())));
    }
}
