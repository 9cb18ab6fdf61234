package org.cspplanner.model;

/** Whether a plan is being drafted, has been adopted by the board, or is kept for the record. */
public enum PlanStatus {
    DRAFT("Draft"),
    ADOPTED("Adopted"),
    ARCHIVED("Archived");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
