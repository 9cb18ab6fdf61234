package org.cspplanner.model.returns;

import org.cspplanner.model.Text;

/**
 * Something about a returned file that the coordinator should know before accepting it, in plain words:
 * which file, which action (code, when there is one) and what happened.
 */
public record ReturnIssue(Kind kind, String fileName, String code, String message) {

    /** What kind of problem, so the app can group or colour them. */
    public enum Kind {
        /** Not a return made by this program, or unreadable: the whole file is ignored. */
        NOT_A_RETURN,
        /** A return for a different plan: the whole file is ignored. */
        WRONG_PLAN,
        /** A return for an earlier (or otherwise different) quarter: the whole file is ignored. */
        WRONG_PERIOD,
        /** Two returns update the same action: both are shown, neither is accepted automatically. */
        CONFLICT,
        /** An action that was sent is missing from the return (its row was deleted). */
        MISSING_ROW,
        /** A row the partner added, or copied: it is ignored. */
        EXTRA_ROW,
        /** A read-only cell was typed over (code or title): the row is still matched by its hidden id. */
        TYPED_OVER,
        /** The hidden id was lost, so the row was matched by its visible code. */
        MATCHED_BY_CODE,
        /** An entry that could not be understood (a RAG of "Purple", an actual of "about 40"): that value is ignored. */
        INVALID_VALUE,
        /** A formula in an input cell: the value it showed is used, never the formula. */
        FORMULA,
        /** A row sent back with nothing filled in. */
        EMPTY,
        /** An action in the return that is no longer in the plan. */
        UNKNOWN_ACTION,
        /** This file's update for the action is already in the plan (merged before). */
        ALREADY_MERGED
    }

    public ReturnIssue {
        if (kind == null) {
            throw new IllegalArgumentException("An issue needs a kind");
        }
        fileName = Text.clean(fileName);
        code = Text.clean(code);
        message = Text.clean(message);
    }

    /** True when the issue stops a whole file from being merged. */
    public boolean rejectsFile() {
        return kind == Kind.NOT_A_RETURN || kind == Kind.WRONG_PLAN || kind == Kind.WRONG_PERIOD;
    }

    /** "police-return.xlsx, 1.2: ..." */
    public String describe() {
        return fileName + (code.isEmpty() ? "" : ", " + code) + ": " + message;
    }
}
