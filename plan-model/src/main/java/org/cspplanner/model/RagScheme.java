package org.cspplanner.model;

/** What Red, Amber and Green mean in this plan; printed as the key on every report. */
public record RagScheme(String green, String amber, String red, String complete, String notStarted) {

    /** The wording of the Fenland key, which most partnerships recognise. */
    public static final RagScheme DEFAULT = new RagScheme(
            "Progressing well and on target: minimum risk of failure",
            "Requires intervention to ensure target is met: small-medium risk",
            "Needs urgent intervention to ensure project progresses: medium-high risk",
            "Action completed",
            "Not yet started, or no update received");

    public RagScheme {
        green = orDefault(green, "Progressing well and on target");
        amber = orDefault(amber, "Requires intervention");
        red = orDefault(red, "Needs urgent intervention");
        complete = orDefault(complete, "Action completed");
        notStarted = orDefault(notStarted, "Not yet started");
    }

    private static String orDefault(String s, String fallback) {
        return Text.isBlank(s) ? fallback : s.strip();
    }

    public String definition(Rag rag) {
        return switch (rag) {
            case RED -> red;
            case AMBER -> amber;
            case GREEN -> green;
        };
    }
}
