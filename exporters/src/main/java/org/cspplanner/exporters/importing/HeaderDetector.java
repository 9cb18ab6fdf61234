package org.cspplanner.exporters.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the header row of an action table (it may sit below title rows) and guesses each column's field from
 * its header words, then checks the guess against the data below (a column headed "Action" that holds V01,
 * ASB02 ... holds codes, and the unheaded column beside it the titles).
 */
public final class HeaderDetector {

    /** How far down a sheet the header may sit. */
    static final int SCAN_ROWS = 30;

    /** "1.2.3", "V01", "ASB 12", "2.1", "4a". */
    static final Pattern CODE = Pattern.compile("^[A-Za-z]{0,6}\\s?\\d{1,3}(\\.\\d{1,3}){0,3}[a-z]?\\.?$");

    /** The fields of which a sheet may have several columns. */
    private static final Set<ImportField> REPEATABLE = EnumSet.of(ImportField.UPDATE, ImportField.LEADS,
            ImportField.DESCRIPTION, ImportField.IGNORE);

    private HeaderDetector() {
    }

    /** Where the header is in {@code sheet.rows()} and what each column holds. */
    public record Layout(int headerIndex, ColumnMapping mapping) {
    }

    public static Optional<Layout> detect(SourceSheet sheet) {
        int bestIndex = -1;
        int bestScore = 0;
        List<SourceRow> rows = sheet.rows();
        for (int i = 0; i < Math.min(SCAN_ROWS, rows.size()); i++) {
            int score = score(rows.get(i));
            if (score > bestScore) {
                bestScore = score;
                bestIndex = i;
            }
        }
        if (bestIndex < 0) {
            return Optional.empty();
        }
        SourceRow header = rows.get(bestIndex);
        List<ColumnRule> rules = new ArrayList<>();
        Set<ImportField> seen = EnumSet.noneOf(ImportField.class);
        for (int c = 0; c < header.cells().size(); c++) {
            SourceCell cell = header.cell(c);
            ImportField.Guess g = ImportField.guess(cell.text());
            ImportField field = g.strength() > 0 ? g.field() : ImportField.IGNORE;
            if (seen.contains(field) && !REPEATABLE.contains(field)) {
                field = field == ImportField.TITLE && !seen.contains(ImportField.DESCRIPTION) && !cell.merged()
                        ? ImportField.DESCRIPTION : ImportField.IGNORE;
            }
            seen.add(field);
            rules.add(new ColumnRule(c, cell.text(), field, g.period()));
        }
        rules = refineByContent(rules, rows.subList(bestIndex + 1, Math.min(rows.size(), bestIndex + 51)));
        return Optional.of(new Layout(bestIndex, new ColumnMapping(header.number(), rules)));
    }

    /** A row scores by the distinct fields its cells name; it must name an action's title to count at all. */
    static int score(SourceRow row) {
        Set<ImportField> fields = EnumSet.noneOf(ImportField.class);
        int strength = 0;
        for (String text : row.distinctTexts()) {
            ImportField.Guess g = ImportField.guess(text);
            if (g.strength() > 0 && g.field() != ImportField.IGNORE && fields.add(g.field())) {
                strength += g.strength();
            }
        }
        boolean titled = fields.contains(ImportField.TITLE) || fields.contains(ImportField.DESCRIPTION);
        return fields.size() >= 2 && titled ? strength : 0;
    }

    private static List<ColumnRule> refineByContent(List<ColumnRule> rules, List<SourceRow> sample) {
        List<ColumnRule> out = new ArrayList<>(rules);
        boolean hasCode = out.stream().anyMatch(r -> r.field() == ImportField.CODE);
        for (int i = 0; i < out.size(); i++) {
            ColumnRule r = out.get(i);
            if (r.field() != ImportField.TITLE || hasCode || !mostlyCodes(sample, r.index())) {
                continue;
            }
            out.set(i, r.withField(ImportField.CODE));
            for (int j = i + 1; j < out.size(); j++) {
                ColumnRule next = out.get(j);
                if (next.field() == ImportField.IGNORE || next.field() == ImportField.DESCRIPTION) {
                    out.set(j, next.withField(ImportField.TITLE));
                    break;
                }
                if (next.field() != ImportField.IGNORE) {
                    break;
                }
            }
            break;
        }
        if (out.stream().noneMatch(r -> r.field() == ImportField.TITLE)) {
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).field() == ImportField.DESCRIPTION) {
                    out.set(i, out.get(i).withField(ImportField.TITLE));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean mostlyCodes(List<SourceRow> sample, int col) {
        int filled = 0;
        int codes = 0;
        for (SourceRow row : sample) {
            if (row.distinctTexts().size() <= 1) {
                continue; // banners and notes are not data
            }
            String t = row.text(col);
            if (!t.isEmpty()) {
                filled++;
                codes += CODE.matcher(t).matches() ? 1 : 0;
            }
        }
        return filled > 0 && codes * 10 >= filled * 6;
    }

    /**
     * Applies a saved mapping: finds the row carrying the saved header texts (or the saved row number) and
     * maps columns by header text where it can, by position where it cannot.
     */
    public static Optional<Layout> apply(SourceSheet sheet, ColumnMapping saved) {
        List<SourceRow> rows = sheet.rows();
        List<ColumnRule> named = saved.columns().stream().filter(c -> !c.header().isEmpty()).toList();
        int bestIndex = -1;
        int bestMatches = 0;
        for (int i = 0; i < Math.min(SCAN_ROWS, rows.size()) && !named.isEmpty(); i++) {
            int matches = 0;
            for (ColumnRule c : named) {
                matches += indexOf(rows.get(i), c.header(), Set.of()) >= 0 ? 1 : 0;
            }
            if (matches > bestMatches) {
                bestMatches = matches;
                bestIndex = i;
            }
        }
        if (bestIndex < 0 || bestMatches * 2 < named.size()) {
            bestIndex = -1;
            for (int i = 0; i < rows.size() && saved.headerRow() > 0; i++) {
                if (rows.get(i).number() == saved.headerRow()) {
                    bestIndex = i;
                }
            }
            if (bestIndex < 0) {
                return Optional.empty();
            }
        }
        SourceRow header = rows.get(bestIndex);
        List<ColumnRule> rules = new ArrayList<>();
        Set<Integer> used = new java.util.HashSet<>();
        for (ColumnRule c : saved.columns()) {
            int at = c.header().isEmpty() ? -1 : indexOf(header, c.header(), used);
            used.add(at >= 0 ? at : c.index());
            int index = at >= 0 ? at : c.index();
            rules.add(new ColumnRule(index, header.text(index).isEmpty() ? c.header() : header.text(index), c.field(), c.period()));
        }
        return Optional.of(new Layout(bestIndex, new ColumnMapping(header.number(), rules)));
    }

    private static int indexOf(SourceRow row, String header, Set<Integer> used) {
        String wanted = ImportField.normalise(header);
        for (int c = 0; c < row.cells().size(); c++) {
            if (!used.contains(c) && ImportField.normalise(row.text(c)).equals(wanted)) {
                return c;
            }
        }
        return -1;
    }
}
