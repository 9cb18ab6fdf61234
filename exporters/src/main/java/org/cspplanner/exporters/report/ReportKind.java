package org.cspplanner.exporters.report;

import java.util.Arrays;
import java.util.Locale;

/** Which report: the quarterly RAG report, or the board pack that wraps it with the full plan. */
public enum ReportKind {
    RAG("rag"),
    BOARD_PACK("boardpack");

    private final String name;

    ReportKind(String name) {
        this.name = name;
    }

    /** The command-line name: "rag" or "boardpack". */
    public String cliName() {
        return name;
    }

    /** @throws IllegalArgumentException naming the valid kinds */
    public static ReportKind parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown report kind '" + text + "': use rag or boardpack."));
    }
}
