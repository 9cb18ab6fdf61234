package org.cspplanner.exporters.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cspplanner.model.ProgressListener;

/**
 * Reads a CSV file streaming: UTF-8 with or without a byte-order mark, or Windows-1252 when the bytes are not
 * UTF-8 (what Excel writes on a UK PC); comma, semicolon or tab, whichever the first lines use; quoted fields
 * may hold separators, quotes and line breaks.
 */
final class CsvGridReader {

    private static final int SNIFF_BYTES = 1 << 20;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decisions made about a file, reported to the user as a note. */
    record Dialect(Charset charset, boolean bom, char separator) {
        String describe() {
            String sep = switch (separator) {
                case ';' -> "semicolons";
                case '\t' -> "tabs";
                default -> "commas";
            };
            return "Read as " + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" + (bom ? " (with BOM)" : "") : "Windows-1252")
                    + " text separated by " + sep;
        }
    }

    Dialect sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        Charset charset = bom || isUtf8(head, head.length == SNIFF_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(head, bom ? 3 : 0, head.length - (bom ? 3 : 0), charset);
        return new Dialect(charset, bom, separator(text));
    }

    private static boolean isUtf8(byte[] bytes, boolean truncated) {
        int length = bytes.length;
        if (truncated) {
            // a multi-byte character may have been cut at the end of the sample
            while (length > 0 && length > bytes.length - 4 && (bytes[length - 1] & 0xC0) == 0x80) {
                length--;
            }
            if (length > 0 && (bytes[length - 1] & 0x80) != 0) {
                length--;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The separator that splits the first lines most consistently into more than one field. */
    static char separator(String sample) {
        String[] lines = sample.lines().limit(40).filter(l -> !l.isBlank()).toArray(String[]::new);
        char best = ',';
        double bestScore = 0;
        for (char sep : new char[] {',', ';', '\t'}) {
            int total = 0;
            int linesWithIt = 0;
            for (String line : lines) {
                int n = countOutsideQuotes(line, sep);
                total += n;
                linesWithIt += n > 0 ? 1 : 0;
            }
            double score = lines.length == 0 ? 0 : (double) linesWithIt / lines.length * 1000 + total;
            if (score > bestScore) {
                bestScore = score;
                best = sep;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char sep) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == sep && !quoted) {
                n++;
            }
        }
        return n;
    }

    SourceSheet read(Path file, Dialect dialect, int maxRows, ProgressListener progress) throws IOException, ImportException {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        GridBuilder grid = new GridBuilder(name, maxRows);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            if (dialect.bom()) {
                raw.skipNBytes(3);
            }
            PushbackReader in = new PushbackReader(new InputStreamReader(raw, dialect.charset()), 1);
            int rowIndex = 0;
            List<SourceCell> row;
            while ((row = readRecord(in, dialect.separator())) != null) {
                grid.addRow(rowIndex, row);
                rowIndex += 1;
                if ((rowIndex & 0x3FF) == 0) {
                    progress.checkCancelled();
                }
            }
        }
        return grid.build();
    }

    /** One record (RFC 4180), or null at the end of the input. */
    private static List<SourceCell> readRecord(PushbackReader in, char sep) throws IOException {
        List<SourceCell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.unread(next);
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == sep) {
                cells.add(cell(field));
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int next = in.read();
                    if (next != '\n' && next != -1) {
                        in.unread(next);
                    }
                }
                cells.add(cell(field));
                return cells;
            } else {
                field.append((char) c);
            }
            if (field.length() > 1_000_000) {
                throw new IOException("a field is longer than a million characters");
            }
        }
        if (!any) {
            return null;
        }
        cells.add(cell(field));
        return cells;
    }

    private static SourceCell cell(StringBuilder field) {
        String text = field.toString();
        // a leading apostrophe is how spreadsheets (and our own CSV export) neutralise formula characters
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        }
        return SourceCell.of(text);
    }

}
