package org.cspplanner.bench;

/** One benchmark figure: the median and spread of several timed runs and the highest heap seen during them. */
public record Measurement(String scenario, String size, double medianMs, double minMs, double maxMs, int runs,
                          double peakHeapMb, Double theirMs, String note) {

    /** Our time over theirs, when there is a "what the user would otherwise do" figure beside ours. */
    public String ratio() {
        return theirMs == null || theirMs == 0 ? "" : String.format("%.2f", medianMs / theirMs);
    }
}
