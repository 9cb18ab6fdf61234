package org.cspplanner.exporters.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a milestones cell that lists "1.1a Monthly meeting held 1.1b Apply a problem-solving approach ..." into
 * its milestones. A code counts only where it starts the cell or follows a space, and only while the codes run
 * in order, so a note such as "for actions 1.3a to 1.3d see ..." stays text.
 */
public final class MilestoneSplitter {

    private static final Pattern CODE = Pattern.compile("(?<=^|\\s)\\(?(\\d{1,3}(?:\\.\\d{1,3}){0,3}[a-z])\\)?[.:)]?(?=\\s)");

    private MilestoneSplitter() {
    }

    /** A milestone's code ("1.1a", or "" when the cell had none) and text. */
    public record Part(String code, String text) {
    }

    public static List<Part> split(String cell) {
        List<Part> parts = new ArrayList<>();
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return parts;
        }
        Matcher m = CODE.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String last = null;
        while (m.find()) {
            String code = m.group(1);
            if (seen.contains(code) || (last != null && !follows(last, code))) {
                continue;
            }
            seen.add(code);
            last = code;
            starts.add(new int[] {m.start(), m.end()});
            codes.add(code);
        }
        if (starts.isEmpty()) {
            parts.add(new Part("", text));
            return parts;
        }
        String before = text.substring(0, starts.get(0)[0]).strip();
        if (!before.isEmpty()) {
            parts.add(new Part("", before));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String body = text.substring(starts.get(i)[1], end).strip();
            if (!body.isEmpty()) {
                parts.add(new Part(codes.get(i), body));
            }
        }
        return parts;
    }

    /** "1.1b" follows "1.1a"; "1.2a" follows "1.1d" (a new action's list); "1.1a" does not follow "1.1d". */
    private static boolean follows(String previous, String next) {
        String pStem = previous.substring(0, previous.length() - 1);
        String nStem = next.substring(0, next.length() - 1);
        if (pStem.equals(nStem)) {
            return next.charAt(next.length() - 1) > previous.charAt(previous.length() - 1);
        }
        return next.charAt(next.length() - 1) == 'a' && nStem.compareTo(pStem) > 0;
    }
}
