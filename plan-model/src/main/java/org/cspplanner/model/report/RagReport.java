package org.cspplanner.model.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cspplanner.model.Action;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;

/**
 * The figures of a quarterly RAG progress report: a pure function of a plan, a reporting period and the date the
 * report is made. Every format (PDF board pack, Word, HTML) prints these figures and nothing it works out itself.
 * <p>
 * An action's state in a period follows {@link ActionState#of}: Complete when completed and not reported on later,
 * else the RAG of its update in that period, else not rated. Changes compare with the previous quarter by the same rule.
 * Exceptions are the Red actions and then the Amber ones, each in plan order. "No update" lists open actions
 * (not started or in progress) without an update in the period; "overdue" lists open actions due before {@code today}.
 */
public record RagReport(Plan plan, ReportingPeriod period, LocalDate today, List<ThemeSummary> themes,
                        ThemeSummary totals, List<ExceptionLine> exceptions, List<TargetLine> targets,
                        List<Highlight> highlights, List<Action> noUpdate, List<Action> overdue) {

    private static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    public RagReport {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(today, "today");
        themes = List.copyOf(themes);
        exceptions = List.copyOf(exceptions);
        targets = List.copyOf(targets);
        highlights = List.copyOf(highlights);
        noUpdate = List.copyOf(noUpdate);
        overdue = List.copyOf(overdue);
    }

    /** Works out the report for the period, as it stands on {@code today}. */
    public static RagReport of(Plan plan, ReportingPeriod period, LocalDate today) {
        ReportingPeriod before = period.previous();
        List<ThemeSummary> themes = new ArrayList<>();
        RagCounts now = RagCounts.ZERO;
        RagCounts then = RagCounts.ZERO;
        List<ExceptionLine> red = new ArrayList<>();
        List<ExceptionLine> amber = new ArrayList<>();
        List<TargetLine> targets = new ArrayList<>();
        List<Highlight> highlights = new ArrayList<>();
        for (Theme theme : plan.themes()) {
            ThemeSummary line = new ThemeSummary(theme.heading(), RagCounts.of(theme.actions(), period),
                    RagCounts.of(theme.actions(), before));
            themes.add(line);
            now = now.plus(line.now());
            then = then.plus(line.before());
            for (Action a : theme.actions()) {
                ActionState state = ActionState.of(a, period);
                ActionState previous = ActionState.of(a, before);
                if (state == ActionState.RED || state == ActionState.AMBER) {
                    ExceptionLine e = exception(a, theme, state, previous, period, before);
                    (state == ActionState.RED ? red : amber).add(e);
                }
                highlight(a, state, previous, period).ifPresent(highlights::add);
                a.targets().forEach(t -> targets.add(TargetLine.of(a, t, period)));
            }
        }
        for (TargetLine t : targets) {
            if (t.rag().filter(r -> r == Rag.GREEN).isPresent() && t.latest().filter(x -> x.period().equals(period)).isPresent()) {
                highlights.add(new Highlight(t.action(), "Target met",
                        t.target().description() + ": " + t.latestDisplay() + " against a target of " + t.targetDisplay()));
            }
        }
        List<ExceptionLine> exceptions = new ArrayList<>(red);
        exceptions.addAll(amber);
        List<Action> noUpdate = plan.actions()
                .filter(a -> a.status().isOpen() && a.updateFor(period).isEmpty()).toList();
        List<Action> overdue = plan.actions().filter(a -> a.isOverdue(today))
                .sorted(Comparator.comparing(a -> a.due().latestDay())).toList();
        return new RagReport(plan, period, today, themes, new ThemeSummary("All themes", now, then), exceptions,
                targets, highlights, noUpdate, overdue);
    }

    public ReportingPeriod previousPeriod() {
        return period.previous();
    }

    /** "Q2 2026/27 progress report". */
    public String title() {
        return period.label() + " progress report";
    }

    /** The report date, "15/10/2026". */
    public String dateDisplay() {
        return UK_DAY.format(today);
    }

    public static String day(LocalDate date) {
        return UK_DAY.format(date);
    }

    private static ExceptionLine exception(Action a, Theme theme, ActionState state, ActionState previous,
                                           ReportingPeriod period, ReportingPeriod before) {
        Update latest = a.latestUpdate(period).orElseThrow(); // rated this period, so there is an update
        return new ExceptionLine(a, theme.heading(), state, previous, latest.text(), updatedBy(latest),
                ExceptionLine.change(previous, state, before));
    }

    private static java.util.Optional<Highlight> highlight(Action a, ActionState state, ActionState previous,
                                                           ReportingPeriod period) {
        String narrative = a.updateFor(period).map(Update::text).orElse("");
        if (state == ActionState.COMPLETE && previous != ActionState.COMPLETE) {
            return java.util.Optional.of(new Highlight(a, "Completed this quarter", narrative));
        }
        if (state.rank() > previous.rank() && previous != ActionState.NOT_RATED && state != ActionState.COMPLETE) {
            return java.util.Optional.of(new Highlight(a, "Improved: " + previous.word() + " \u2192 " + state.word(), narrative));
        }
        return java.util.Optional.empty();
    }

    /** "Helen Marsh, WVDC, 22/09/2026". */
    static String updatedBy(Update u) {
        List<String> parts = new ArrayList<>();
        if (!u.author().isEmpty()) {
            parts.add(u.author());
        }
        if (!u.organisation().isEmpty()) {
            parts.add(u.organisation());
        }
        parts.add(UK_DAY.format(u.date()));
        return String.join(", ", parts);
    }
}
