package org.cspplanner.exporters.document;

import java.util.List;
import org.cspplanner.model.Rag;

/** The key that says what Red, Amber and Green mean in this plan, printed above the table. */
public record RagKey(List<Entry> entries) implements Block {
    public RagKey {
        entries = List.copyOf(entries);
    }

    /** One colour and its meaning. */
    public record Entry(Rag rag, String meaning) {
    }
}
