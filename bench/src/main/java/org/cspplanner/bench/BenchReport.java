package org.cspplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Prints the figures as a table and writes them as Markdown, with the machine and the command that made them. */
final class BenchReport {
    private BenchReport() {
    }

    static String machine() {
        return String.format(Locale.UK, "%d cores, %d MB max heap, Java %s (%s), %s %s",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    static String table(List<Measurement> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| scenario | size | median ms | min ms | max ms | runs | peak heap MB | other tool ms | ours / theirs | note |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Measurement m : rows) {
            if (Double.isNaN(m.medianMs())) {
                sb.append("| ").append(m.scenario()).append(" | | | | | | | | | not measured: ").append(m.note()).append(" |\n");
                continue;
            }
            sb.append(String.format(Locale.UK, "| %s | %s | %.1f | %.1f | %.1f | %d | %.0f | %s | %s | %s |%n",
                    m.scenario(), m.size(), m.medianMs(), m.minMs(), m.maxMs(), m.runs(), m.peakHeapMb(),
                    m.theirMs() == null ? "" : String.format(Locale.UK, "%.0f", m.theirMs()), m.ratio(), m.note()));
        }
        return sb.toString();
    }

    static void writeMarkdown(Path file, List<Measurement> rows, String command) throws IOException {
        String text = "# Performance\n\n"
                + "Figures from `" + command + "` on " + LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + ".\n\nMachine: " + machine() + ".\n\n"
                + "Each figure is the median of several runs after warm-up, in one JVM. Peak heap is the sum of the heap\n"
                + "pools' peaks during the runs (an upper bound). \"Other tool\" is what a user would otherwise do with the\n"
                + "same file on the same machine in the same run (LibreOffice headless).\n\n"
                + table(rows);
        Files.writeString(file, text);
    }
}
