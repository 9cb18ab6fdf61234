package org.cspplanner.exporters.layout;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cspplanner.exporters.document.Block;
import org.cspplanner.exporters.document.Cell;
import org.cspplanner.exporters.document.DocumentInfo;
import org.cspplanner.exporters.document.Heading;
import org.cspplanner.exporters.document.Paragraph;
import org.cspplanner.exporters.document.RagKey;
import org.cspplanner.model.Action;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.report.ActionState;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;
import org.cspplanner.model.Update;

/** How plan facts read in a document, shared by the layouts so every layout words them alike. */
final class PlanText {

    static final String NO_UPDATE = "No update";
    private static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private PlanText() {
    }

    static DocumentInfo info(Plan plan, String layout, ReportingPeriod period) {
        String subject = "Community Safety Partnership action plan " + plan.periodLabel()
                + ", progress at " + period.label();
        List<String> keywords = new ArrayList<>(List.of("Community Safety Partnership", "action plan", plan.periodLabel(),
                period.label()));
        if (!plan.partnership().isEmpty()) {
            keywords.add(0, plan.partnership());
        }
        return new DocumentInfo(plan.title(), subtitle(plan, period), plan.partnership(), subject,
                String.join(", ", keywords), "en-GB", plan.isDraft(), layout, period);
    }

    static String subtitle(Plan plan, ReportingPeriod period) {
        String who = plan.partnership().isEmpty() ? "" : plan.partnership() + " · ";
        return who + "Plan period " + plan.periodLabel() + " · Progress reported for " + period.label();
    }

    /** The plan title as the document's first heading, then who and when. */
    static List<Block> opening(Plan plan, ReportingPeriod period) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, plan.title(), false));
        blocks.add(Paragraph.of(subtitle(plan, period)));
        return blocks;
    }

    static RagKey ragKey(Plan plan) {
        return new RagKey(List.of(
                new RagKey.Entry(Rag.GREEN, plan.ragScheme().green()),
                new RagKey.Entry(Rag.AMBER, plan.ragScheme().amber()),
                new RagKey.Entry(Rag.RED, plan.ragScheme().red())));
    }

    /** "1.2.3 Support victims": code and title, as the plans write them. */
    static String codeAndTitle(Action a) {
        return a.code().isEmpty() ? a.title() : a.code() + " " + a.title();
    }

    /**
     * The RAG reported for the period. An action that has never had an update keeps the rating it was
     * given (an imported year-end RAG); one that has updates but none this period has "No update".
     */
    static Optional<Rag> ragAt(Action a, ReportingPeriod period) {
        if (a.updates().isEmpty()) {
            return Optional.ofNullable(a.rag());
        }
        return a.ragFor(period);
    }

    /**
     * The progress cell of an action, by the same rule as the RAG report ({@link ActionState}), so a board member
     * reads the same state in the plan and in the report: Complete, a rating, or "No update" this quarter.
     */
    static Cell ragCell(Action a, ReportingPeriod period) {
        ActionState state = ActionState.of(a, period);
        return switch (state) {
            case COMPLETE -> Cell.of(state.word());
            case NOT_RATED -> Cell.of(a.updates().isEmpty() ? state.word() : NO_UPDATE);
            default -> Cell.rag(state.rag().orElseThrow(), state.word());
        };
    }

    static Cell ragCell(Rag rag) {
        return rag == null ? Cell.of("Not rated") : Cell.rag(rag, rag.word());
    }

    /** An update's text and who gave it when: "… (Rob Mitchell, 31/03/2015)". */
    static String updateText(Update u) {
        StringBuilder who = new StringBuilder();
        if (!u.author().isEmpty()) {
            who.append(u.author());
        }
        if (!u.organisation().isEmpty()) {
            who.append(who.length() > 0 ? " " : "").append(u.organisation());
        }
        who.append(who.length() > 0 ? ", " : "").append(UK_DAY.format(u.date()));
        return u.text() + "\n(" + who + ")";
    }

    static String due(Action a) {
        return a.due() == null ? "" : a.due().display();
    }

    /** The action's milestones, one per line: "1.1a Monthly meeting held (Police)". */
    static String milestoneLines(Action a) {
        List<String> lines = new ArrayList<>();
        for (Milestone m : a.milestones()) {
            StringBuilder s = new StringBuilder();
            if (!m.code().isEmpty()) {
                s.append(m.code()).append(' ');
            }
            s.append(m.text().replace('\n', ' '));
            if (m.lead() != null) {
                s.append(" (").append(m.lead().display()).append(')');
            }
            if (m.due() != null) {
                s.append(" – by ").append(m.due().display());
            }
            lines.add("• " + s);
        }
        return String.join("\n", lines);
    }

    /** Targets with baseline and latest actual: "Reduce KSI: target 43, baseline 52 (2013/14), actual 45". */
    static String targetLines(Action a, ReportingPeriod period) {
        List<String> lines = new ArrayList<>();
        for (Target t : a.targets()) {
            StringBuilder s = new StringBuilder(t.description());
            String unit = t.unit().isEmpty() ? "" : " " + t.unit();
            if (t.target() != null) {
                s.append(": target ").append(t.target().toPlainString()).append(unit);
            }
            if (t.baseline() != null) {
                s.append(", baseline ").append(t.baseline().toPlainString()).append(unit);
                if (!t.baselinePeriod().isEmpty()) {
                    s.append(" (").append(t.baselinePeriod()).append(')');
                }
            }
            t.latestActual(period).ifPresent(act -> s.append(", ").append(act.period().label()).append(" actual ")
                    .append(act.value().toPlainString()).append(unit));
            t.ragAt(period).ifPresent(r -> s.append(" (").append(r.word()).append(')'));
            lines.add(s.toString());
        }
        return String.join("\n", lines);
    }

    /** The description, or the title when there is none. */
    static String detail(Action a) {
        return a.description().isEmpty() ? "" : a.description();
    }
}
