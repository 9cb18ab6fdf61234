package org.cspplanner.exporters.returns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cspplanner.exporters.sheet.FormulaGuard;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.returns.Recipient;
import org.cspplanner.model.returns.ReturnFile;

/**
 * The covering list of a quarter's returns, kept as a CSV beside them ("returns-Q3-2026-27.csv"): who was sent
 * which file with which actions and when, and, once their return is merged, when they replied and with which file.
 * Replies are matched by recipient, not file name, because partners often rename the file they send back.
 */
public final class ReturnsCoveringList {

    private static final String[] HEADER = {"Recipient organisation", "Recipient officer", "File", "Actions", "Sent",
            "Replied", "Reply file"};

    /** One line of the list. {@code replied} is null until the recipient's return has been merged. */
    public record Entry(Recipient recipient, String fileName, List<String> actionCodes, LocalDate sent,
                        LocalDate replied, String replyFile) {
        public Entry {
            actionCodes = List.copyOf(actionCodes);
            replyFile = replyFile == null ? "" : replyFile;
        }
    }

    private ReturnsCoveringList() {
    }

    /** "returns-Q3-2026-27.csv". */
    public static String fileName(ReportingPeriod period) {
        return "returns-" + ReturnLayout.periodStem(period) + ".csv";
    }

    public static byte[] write(List<Entry> entries) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, HEADER);
        for (Entry e : entries) {
            line(sb, new String[] {e.recipient().organisation(), e.recipient().officer(), e.fileName(),
                    String.join(" ", e.actionCodes()), day(e.sent()), day(e.replied()), e.replyFile()});
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static List<Entry> read(InputStream in) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (rows.isEmpty() || !rows.get(0).equals(Arrays.asList(HEADER))) {
            throw new ReturnFormatException("Not a covering list of returns: the header row is not "
                    + String.join(", ", HEADER) + ".");
        }
        List<Entry> entries = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < HEADER.length) {
                continue;
            }
            String codes = row.get(3).strip();
            entries.add(new Entry(new Recipient(row.get(0), row.get(1)), row.get(2),
                    codes.isEmpty() ? List.of() : List.of(codes.split("\\s+")), date(row.get(4)), date(row.get(5)),
                    row.get(6)));
        }
        return entries;
    }

    /** Marks every recipient whose return was merged as replied today (a later reply replaces an earlier one). */
    public static List<Entry> markReplied(List<Entry> entries, List<ReturnFile> merged, LocalDate today) {
        return entries.stream().map(e -> merged.stream().filter(f -> f.recipient().sameAs(e.recipient())).findFirst()
                .map(f -> new Entry(e.recipient(), e.fileName(), e.actionCodes(), e.sent(), today, f.fileName()))
                .orElse(e)).toList();
    }

    /** The recipients who have not replied yet. */
    public static List<Recipient> waiting(List<Entry> entries) {
        return entries.stream().filter(e -> e.replied() == null).map(Entry::recipient).toList();
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.format(ReturnWorkbookWriter.UK_DAY);
    }

    private static LocalDate date(String s) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip(), ReturnWorkbookWriter.UK_DAY);
        } catch (DateTimeParseException e) {
            throw new ReturnFormatException("The covering list has a date that is not dd/MM/yyyy: '" + s + "'.", e);
        }
    }

    private static void line(StringBuilder sb, String[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = FormulaGuard.neutralise(values[i]);
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
            sb.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        sb.append("\r\n");
    }

    /** RFC 4180 fields; the apostrophe that defused a formula-like cell is taken off again. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(unguard(field.toString()));
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(unguard(field.toString()));
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(unguard(field.toString()));
            rows.add(row);
        }
        return rows;
    }

    private static String unguard(String v) {
        return v.length() > 1 && v.charAt(0) == '\'' && FormulaGuard.neutralise(v.substring(1)).startsWith("'")
                ? v.substring(1) : v;
    }
}
