package org.cspplanner.exporters.importing;

import java.util.List;

/**
 * A row of a sheet or table. {@code number} is the row number as the user sees it (1-based);
 * {@code location} is how warnings name it ("Row 14", "Table 2, row 5").
 */
public record SourceRow(int number, String location, List<SourceCell> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    public SourceCell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : SourceCell.EMPTY;
    }

    public String text(int index) {
        return cell(index).text();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(SourceCell::isBlank);
    }

    /** The distinct non-blank texts, left to right. */
    public List<String> distinctTexts() {
        return cells.stream().map(SourceCell::text).filter(t -> !t.isEmpty()).distinct().toList();
    }

    public long filledCount() {
        return cells.stream().filter(c -> !c.isBlank()).count();
    }
}
