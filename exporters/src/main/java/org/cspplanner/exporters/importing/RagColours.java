package org.cspplanner.exporters.importing;

import java.util.Optional;
import org.cspplanner.model.Rag;

/**
 * Reads a RAG rating from a cell's fill colour, for sheets where the colour is the only rating:
 * the hue decides (red, orange to yellow, green); greys, whites and blues mean no rating.
 */
public final class RagColours {

    private RagColours() {
    }

    /** @param hex "#RRGGBB" (or null) */
    public static Optional<Rag> classify(String hex) {
        if (hex == null || !hex.matches("#?[0-9A-Fa-f]{6}")) {
            return Optional.empty();
        }
        int rgb = Integer.parseInt(hex.replace("#", ""), 16);
        double r = ((rgb >> 16) & 0xFF) / 255.0;
        double g = ((rgb >> 8) & 0xFF) / 255.0;
        double b = (rgb & 0xFF) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double saturation = max == 0 ? 0 : (max - min) / max;
        if (saturation < 0.25 || max < 0.25) {
            return Optional.empty();
        }
        double hue = hue(r, g, b, max, min);
        if (hue < 16 || hue >= 330) {
            return Optional.of(Rag.RED);
        }
        if (hue < 65) {
            return Optional.of(Rag.AMBER);
        }
        if (hue < 170) {
            return Optional.of(Rag.GREEN);
        }
        return Optional.empty();
    }

    private static double hue(double r, double g, double b, double max, double min) {
        double d = max - min;
        double h;
        if (max == r) {
            h = ((g - b) / d) % 6;
        } else if (max == g) {
            h = (b - r) / d + 2;
        } else {
            h = (r - g) / d + 4;
        }
        h *= 60;
        return h < 0 ? h + 360 : h;
    }
}
