package org.cspplanner.app.ui.actions;

import org.cspplanner.model.Rag;

/** The choices of the RAG filter. */
public enum RagChoice {
    ANY("Any RAG"),
    RED("Red"),
    AMBER("Amber"),
    GREEN("Green"),
    NOT_RATED("Not rated");

    private final String label;

    RagChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean matches(ActionRow row) {
        return switch (this) {
            case ANY -> true;
            case RED -> row.rag() == Rag.RED;
            case AMBER -> row.rag() == Rag.AMBER;
            case GREEN -> row.rag() == Rag.GREEN;
            case NOT_RATED -> row.rag() == null;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
