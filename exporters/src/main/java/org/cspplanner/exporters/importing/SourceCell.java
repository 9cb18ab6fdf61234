package org.cspplanner.exporters.importing;

import java.time.LocalDate;

/**
 * One cell as the reader found it: its text as displayed, its fill colour ("#FF0000", or null),
 * its date when the file stored a real date, and whether it lies inside a merged region
 * (a merged cell repeats the text of the region's top-left cell).
 */
public record SourceCell(String text, String fill, LocalDate date, boolean merged) {

    public static final SourceCell EMPTY = new SourceCell("", null, null, false);

    public SourceCell {
        text = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').strip();
    }

    public static SourceCell of(String text) {
        return new SourceCell(text, null, null, false);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    public SourceCell asMergedCopy() {
        return new SourceCell(text, fill, date, true);
    }
}
