package org.cspplanner.exporters.document;

import java.util.List;
import java.util.UUID;

/**
 * A table row. {@code actionId} ties it to the action it shows (empty for a placeholder such as
 * "No Action set", which spreadsheet writers leave out because it is not data).
 */
public record Row(List<Cell> cells, UUID actionId) {
    public Row {
        cells = List.copyOf(cells);
    }

    public boolean placeholder() {
        return actionId == null;
    }
}
