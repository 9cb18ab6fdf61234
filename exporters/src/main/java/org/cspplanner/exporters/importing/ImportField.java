package org.cspplanner.exporters.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a column of an action table holds, with the header words real plans use for it. */
public enum ImportField {
    CODE("Code", "action plan no", "action plan number", "number", "no", "ref", "reference", "ref no", "action no",
            "action number", "action ref", "id", "code", "item", "obj no"),
    TITLE("Action", "action", "actions", "commitment", "commitments", "action title", "objective", "activity",
            "what we will do", "task", "what"),
    DESCRIPTION("Detail", "detail", "details", "description", "action detail", "how", "how we will do it", "comments on action"),
    OUTCOME("Outcome", "outcome", "outcomes", "intended outcome", "expected outcome", "desired outcome", "intended outcomes"),
    MILESTONES("Milestones / project", "milestones", "milestone", "project", "projects", "key milestones", "steps", "sub actions"),
    TARGET("Target", "target", "targets", "measure", "measures", "performance measure", "kpi", "success measure",
            "success measures", "how will we measure success"),
    LEADS("Lead", "lead", "leads", "lead cdrp agency", "lead agency", "lead agencies", "lead officer and organisation",
            "lead officer", "lead organisation", "lead partner", "who leads", "who", "responsible", "responsible officer",
            "responsible agency", "owner", "action owner", "lead officer organisation"),
    PARTNERS("Other partners", "other partners", "partners", "supporting partners", "partner agencies", "key partners",
            "support", "supported by"),
    BARRIERS("Possible barriers", "possible barriers", "barriers", "risks", "risk", "constraints"),
    START("Start", "start", "start date", "from"),
    DUE("Due", "completion date", "date completed by", "due", "due date", "deadline", "target date", "by when",
            "timescale", "timescales", "when", "completion", "end date", "date due", "to be completed by"),
    STATUS("Status", "status", "action status", "current status"),
    RAG("RAG", "rag", "progress rag", "status rag", "rag status", "rag rating", "rating"),
    PROGRESS("Progress narrative", "progress narrative risk", "progress narrative", "progress", "progress update",
            "progress to date", "comments", "commentary", "narrative", "latest update", "update on progress", "progress risk"),
    THEME("Theme", "area of focus", "theme", "themes", "priority", "strategic theme", "area", "focus", "priority area",
            "strand", "workstream", "strategic priority"),
    UPDATE("Quarterly update", "updates", "update", "quarterly update"),
    IGNORE("(not imported)");

    private static final Pattern QUARTER = Pattern.compile("\\bq(?:uarter)?\\s*([1-4])\\b");
    private static final Pattern MONTHS = Pattern.compile("\\b(apr|jul|oct|jan)[a-z]*\\s*(?:-|to)\\s*(jun|sep|dec|mar)[a-z]*\\b");

    private final String label;
    private final List<String> synonyms;

    ImportField(String label, String... synonyms) {
        this.label = label;
        this.synonyms = List.of(synonyms);
    }

    /** The name shown in the mapping step. */
    public String label() {
        return label;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    /** Lower case, punctuation to spaces: "Progress (RAG)" becomes "progress rag", "Apr–Jun" becomes "apr-jun". */
    static String normalise(String header) {
        String t = header.toLowerCase(Locale.UK).replace('–', '-').replace('—', '-');
        t = NOT_WORD.matcher(t).replaceAll(" ");
        return SPACES.matcher(HYPHEN.matcher(t).replaceAll("-")).replaceAll(" ").strip();
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9&\\-]+");
    private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A header's field and how sure the guess is (0 = no match, 3 = the exact words). */
    record Guess(ImportField field, int strength, String period) {
    }

    static Guess guess(String header) {
        String h = normalise(header);
        if (h.isEmpty() || h.length() > 60) {
            return new Guess(IGNORE, 0, null);
        }
        String period = quarterIn(h);
        boolean updateWord = h.contains("update") || h.contains("progress") || h.contains("comment");
        if (period != null && (updateWord || h.matches("(q|quarter)\\s*[1-4].*") || MONTHS.matcher(h).find())) {
            return new Guess(UPDATE, 3, period);
        }
        if (h.matches("(.*\\s)?rag(\\s.*)?")) {
            return new Guess(RAG, 3, null);
        }
        Guess best = new Guess(IGNORE, 0, null);
        for (ImportField f : values()) {
            for (String s : f.synonyms) {
                int strength = h.equals(s) ? 3
                        : s.length() >= 4 && (h.startsWith(s + " ") || h.endsWith(" " + s)) ? 2
                        : s.length() >= 6 && s.contains(" ") && h.contains(s) ? 1 : 0;
                if (strength > best.strength()) {
                    best = new Guess(f, strength, null);
                }
            }
        }
        return best;
    }

    /** "Q1", "Q2 2024/25", "Apr-Jun 2024" in a header, as a period label ("Q2 2024/25" or just "Q1"). */
    static String quarterIn(String normalisedHeader) {
        String year = yearIn(normalisedHeader);
        Matcher q = QUARTER.matcher(normalisedHeader);
        if (q.find()) {
            return "Q" + q.group(1) + (year == null ? "" : " " + year);
        }
        Matcher m = MONTHS.matcher(normalisedHeader);
        if (m.find()) {
            int quarter = switch (m.group(1)) {
                case "apr" -> 1;
                case "jul" -> 2;
                case "oct" -> 3;
                default -> 4;
            };
            Matcher y = Pattern.compile("\\b(20\\d\\d)\\b").matcher(normalisedHeader);
            if (year == null && y.find()) {
                int calendar = Integer.parseInt(y.group(1));
                int start = quarter == 4 ? calendar - 1 : calendar;
                year = String.format("%d/%02d", start, (start + 1) % 100);
            }
            return "Q" + quarter + (year == null ? "" : " " + year);
        }
        return null;
    }

    private static String yearIn(String h) {
        Matcher m = Pattern.compile("\\b(20\\d\\d)\\s*(?:-|\\s)\\s*(\\d\\d(?:\\d\\d)?)\\b").matcher(h);
        if (m.find()) {
            int start = Integer.parseInt(m.group(1));
            String end = m.group(2);
            int endYear = end.length() == 2 ? start / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
            if (endYear == start + 1) {
                return String.format("%d/%02d", start, endYear % 100);
            }
        }
        return null;
    }
}
