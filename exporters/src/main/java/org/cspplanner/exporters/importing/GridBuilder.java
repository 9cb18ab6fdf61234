package org.cspplanner.exporters.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the cells of one sheet while a reader streams it, enforcing the row limit, then applies merged
 * regions (every cell of a region repeats its top-left cell) and hands back the finished sheet.
 */
final class GridBuilder {

    /** Wider tables are not action plans; ignoring the rest keeps a malicious sheet from costing memory. */
    static final int MAX_COLUMNS = 256;

    private final String sheetName;
    private final int maxRows;
    private final TreeMap<Integer, List<SourceCell>> rows = new TreeMap<>();
    private int filledRows;

    GridBuilder(String sheetName, int maxRows) {
        this.sheetName = sheetName;
        this.maxRows = maxRows;
    }

    /** Adds a finished row (0-based index); blank rows are not stored. */
    void addRow(int rowIndex, List<SourceCell> cells) throws ImportException {
        boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
        if (blank) {
            return;
        }
        filledRows++;
        if (filledRows > maxRows) {
            throw tooManyRows(sheetName, maxRows);
        }
        rows.put(rowIndex, new ArrayList<>(cells));
    }

    static ImportException tooManyRows(String sheetName, int maxRows) {
        return new ImportException(String.format(java.util.Locale.UK,
                "Sheet '%s' has more than %,d rows, which is more than a plan can hold. "
                        + "Split the file or delete the rows that are not actions.", sheetName, maxRows));
    }

    /** Fills a merged region from its top-left cell (0-based, inclusive bounds). */
    void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        List<SourceCell> top = rows.get(firstRow);
        if (top == null || firstCol >= MAX_COLUMNS) {
            return;
        }
        SourceCell origin = firstCol < top.size() && top.get(firstCol) != null ? top.get(firstCol) : SourceCell.EMPTY;
        if (origin.isBlank()) {
            return;
        }
        int lastStored = rows.isEmpty() ? firstRow : rows.lastKey();
        for (int r = firstRow; r <= Math.min(lastRow, lastStored); r++) {
            List<SourceCell> row = rows.get(r);
            if (row == null) {
                if (r != firstRow && lastRow == firstRow) {
                    continue;
                }
                row = new ArrayList<>();
                rows.put(r, row);
            }
            for (int c = firstCol; c <= Math.min(lastCol, MAX_COLUMNS - 1); c++) {
                while (row.size() <= c) {
                    row.add(SourceCell.EMPTY);
                }
                row.set(c, origin.asMergedCopy());
            }
        }
    }

    SourceSheet build() {
        List<SourceRow> out = new ArrayList<>(rows.size());
        for (Map.Entry<Integer, List<SourceCell>> e : rows.entrySet()) {
            List<SourceCell> cells = new ArrayList<>(e.getValue().size());
            for (SourceCell c : e.getValue()) {
                cells.add(c == null ? SourceCell.EMPTY : c);
            }
            int number = e.getKey() + 1;
            out.add(new SourceRow(number, "Row " + number, cells));
        }
        return new SourceSheet(sheetName, out);
    }
}
