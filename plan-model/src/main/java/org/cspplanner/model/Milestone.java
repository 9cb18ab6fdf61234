package org.cspplanner.model;

import java.util.UUID;

/**
 * A step or project under an action ("1.1a"), with its own lead, target, due date, progress notes and RAG.
 */
public record Milestone(UUID id, String code, String text, Lead lead, String target, DueDate due,
                        ActionStatus status, Rag rag, String progress) {

    public Milestone {
        id = id == null ? Ids.newId() : id;
        code = Text.clean(code);
        text = Text.cleanMultiline(text);
        target = Text.cleanMultiline(target);
        status = status == null ? ActionStatus.NOT_STARTED : status;
        progress = Text.cleanMultiline(progress);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A milestone needs text");
        }
    }

    public static Milestone of(String code, String text) {
        return new Milestone(null, code, text, null, "", null, null, null, "");
    }

    public Milestone withCode(String newCode) {
        return new Milestone(id, newCode, text, lead, target, due, status, rag, progress);
    }

    public Milestone withStatus(ActionStatus newStatus) {
        return new Milestone(id, code, text, lead, target, due, newStatus, rag, progress);
    }

    public Milestone withProgress(String newProgress, Rag newRag) {
        return new Milestone(id, code, text, lead, target, due, status, newRag, newProgress);
    }
}
