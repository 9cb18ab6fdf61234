package org.cspplanner.app.ui.support;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Rag;

/** The coloured RAG chip: it always carries the word too, so colour is never the only signal. */
public final class RagChip {
    private RagChip() {
    }

    public static Label of(String word, String styleClass) {
        Label chip = new Label(word);
        chip.getStyleClass().addAll("rag-chip", styleClass);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.setAccessibleText("RAG: " + word);
        return chip;
    }

    public static Label of(Rag rag) {
        return rag == null ? of("Not rated", "rag-none") : of(rag.word(), "rag-" + rag.name().toLowerCase(Locale.ROOT));
    }

    public static Label of(Rag rag, ActionStatus status) {
        return status == ActionStatus.COMPLETE ? of("Complete", "rag-complete") : of(rag);
    }

    /** "Red", "Amber", "Green" or "Not rated". */
    public static String word(Rag rag) {
        return rag == null ? "Not rated" : rag.word();
    }
}
