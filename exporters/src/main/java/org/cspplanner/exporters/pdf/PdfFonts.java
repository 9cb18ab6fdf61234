package org.cspplanner.exporters.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The embedded fonts: DejaVu Sans Condensed, bundled with the app (licence beside it) because a user's machine
 * may not have it, and PDF/A needs every font embedded. Narrow, so dense tables stay readable.
 */
final class PdfFonts {

    private static final String DIR = "/org/cspplanner/exporters/fonts/";
    private static final byte[] REGULAR = load("DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = load("DejaVuSansCondensed-Bold.ttf");

    final BaseFont regular;
    final BaseFont bold;

    /** Fonts for one document: BaseFont keeps per-document subset state, so each export gets its own. */
    PdfFonts() {
        try {
            regular = BaseFont.createFont("DejaVuSansCondensed.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, REGULAR, null);
            bold = BaseFont.createFont("DejaVuSansCondensed-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, BOLD, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Font regular(float size, Color colour) {
        return new Font(regular, size, Font.NORMAL, colour);
    }

    Font bold(float size, Color colour) {
        return new Font(bold, size, Font.NORMAL, colour);
    }

    private static byte[] load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
