package org.cspplanner.exporters.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspplanner.exporters.ExportOptions;
import org.cspplanner.exporters.document.Block;
import org.cspplanner.exporters.document.Cell;
import org.cspplanner.exporters.document.Column;
import org.cspplanner.exporters.document.DocumentInfo;
import org.cspplanner.exporters.document.ExportDocument;
import org.cspplanner.exporters.document.Heading;
import org.cspplanner.exporters.document.RagKey;
import org.cspplanner.exporters.document.Row;
import org.cspplanner.exporters.document.Table;
import org.cspplanner.exporters.layout.Layouts;
import org.cspplanner.model.Action;
import org.cspplanner.model.FundingLine;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.Plan;
import org.cspplanner.model.Rag;
import org.cspplanner.model.RagScheme;
import org.cspplanner.model.Update;
import org.cspplanner.model.report.ActionState;
import org.cspplanner.model.report.RagCounts;
import org.cspplanner.model.report.RagReport;

/** Turns a report's figures into chapters of text and tables, once, for every format to draw alike. */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static ReportContent build(Plan plan, ReportOptions options) {
        RagReport report = RagReport.of(plan, options.period(), options.today());
        List<Chapter> chapters = new ArrayList<>();
        for (ReportSection s : ReportSection.values()) {
            if (!options.includes(s)) {
                continue;
            }
            switch (s) {
                case KEY -> chapters.add(chapter(s, ReportTables.key(plan.ragScheme())));
                case SUMMARY -> chapters.add(summary(report));
                case HIGHLIGHTS -> chapters.add(highlights(report));
                case EXCEPTIONS -> chapters.add(chapter(s, exceptionsIntro(report), ReportTables.exceptions(report)));
                case NO_UPDATE -> chapters.add(chapter(s, ReportTables.noUpdate(report)));
                case OVERDUE -> chapters.add(chapter(s, ReportTables.overdue(report)));
                case ACTION_PLAN -> chapters.add(actionPlan(plan, options));
                case TARGETS -> chapters.add(chapter(s, ReportItem.Text.of("Each target's RAG is worked out from its "
                        + "latest actual figure; direction of travel compares this quarter's figure with the last one "
                        + "reported before it, allowing for whether higher or lower is better."), ReportTables.targets(report)));
                case FUNDING -> chapters.add(chapter(s, funding(plan)));
                case GLOSSARY -> chapters.add(chapter(s, glossary(plan)));
                default -> throw new IllegalStateException(s.name());
            }
        }
        return new ReportContent(kindTitle(options.kind()), info(plan, report, options.kind()), report, chapters);
    }

    /**
     * The plan itself for the council website: its narrative, the RAG key, the action plan in the layout,
     * funding and glossary. Figures are for the period, as of {@code today}.
     */
    public static ReportContent planPage(Plan plan, ReportOptions options) {
        RagReport report = RagReport.of(plan, options.period(), options.today());
        List<Chapter> chapters = new ArrayList<>();
        int n = 0;
        for (var section : plan.sections()) {
            List<ReportItem> items = new ArrayList<>();
            for (String para : section.text().split("\n\\s*\n")) {
                if (!para.isBlank()) {
                    items.add(ReportItem.Text.of(para.strip()));
                }
            }
            String title = section.heading().isEmpty() ? "About the plan" : section.heading();
            chapters.add(new Chapter("part-" + (++n), title, items, false, true));
        }
        chapters.add(chapter(ReportSection.KEY, ReportTables.key(plan.ragScheme())));
        chapters.add(actionPlan(plan, options));
        if (!plan.funding().isEmpty()) {
            chapters.add(chapter(ReportSection.FUNDING, funding(plan)));
        }
        if (!plan.glossary().isEmpty()) {
            chapters.add(chapter(ReportSection.GLOSSARY, glossary(plan)));
        }
        DocumentInfo info = new DocumentInfo(plan.title(), plan.partnership() + " \u00b7 Community safety plan "
                + plan.periodLabel(), plan.partnership(), "Community safety plan " + plan.periodLabel(),
                "Community Safety Partnership, action plan, " + plan.periodLabel(), "en-GB", plan.isDraft(), "plan",
                options.period());
        return new ReportContent("Community safety plan", info, report, chapters);
    }

    static String kindTitle(ReportKind kind) {
        return kind == ReportKind.BOARD_PACK ? "Board pack" : "RAG progress report";
    }

    static DocumentInfo info(Plan plan, RagReport report, ReportKind kind) {
        String what = kindTitle(kind);
        String subtitle = (plan.partnership().isEmpty() ? "" : plan.partnership() + " \u00b7 ")
                + what + " \u00b7 " + report.period().label();
        return new DocumentInfo(plan.title(), subtitle, plan.partnership(),
                what + ": progress of the plan at " + report.period().label(),
                String.join(", ", List.of("Community Safety Partnership", "RAG report", plan.periodLabel(),
                        report.period().label())),
                "en-GB", plan.isDraft(), kind.cliName(), report.period());
    }

    private static Chapter chapter(ReportSection s, ReportItem... items) {
        return Chapter.of(s, List.of(items), false);
    }

    private static Chapter summary(RagReport r) {
        RagCounts now = r.totals().now();
        RagCounts change = r.totals().change();
        String sentence = "At the end of " + r.period().label() + ", of the plan's " + now.total() + " actions, "
                + now.red() + " were rated Red, " + now.amber() + " Amber and " + now.green() + " Green; "
                + now.complete() + " were complete and " + now.notRated() + " had no rating. Since "
                + r.previousPeriod().label() + ", Red changed by " + RagCounts.signed(change.red()) + ", Amber by "
                + RagCounts.signed(change.amber()) + " and Green by " + RagCounts.signed(change.green()) + ".";
        String chartText = "Stacked bar chart of the actions in each theme by rating in " + r.period().label()
                + ". The same figures are in the table that follows.";
        return Chapter.of(ReportSection.SUMMARY, List.of(
                ReportItem.Text.of(sentence),
                new ReportItem.Chart(r, chartText),
                ReportTables.summary(r),
                ReportItem.Text.of("Figures in brackets are the change since " + r.previousPeriod().label()
                        + ". An action is rated by its update for the quarter; one without an update that quarter is "
                        + "not rated, and a completed action counts as Complete.")), false);
    }

    private static ReportItem exceptionsIntro(RagReport r) {
        long red = r.exceptions().stream().filter(e -> e.state() == ActionState.RED).count();
        long amber = r.exceptions().size() - red;
        return ReportItem.Text.of(r.exceptions().isEmpty()
                ? "No action was rated Red or Amber in " + r.period().label() + "."
                : red + " Red and " + amber + " Amber actions in " + r.period().label()
                        + ", Red first, with the lead's latest update and how the rating moved since "
                        + r.previousPeriod().label() + ".");
    }

    private static Chapter highlights(RagReport r) {
        if (r.highlights().isEmpty()) {
            return Chapter.of(ReportSection.HIGHLIGHTS, List.of(ReportItem.Text.of("No action was completed or "
                    + "improved, and no target met, in " + r.period().label() + ".")), false);
        }
        List<Row> rows = r.highlights().stream().map(h -> new Row(List.of(Cell.strong(code(h.action())),
                Cell.of(h.what()), Cell.of(h.detail())), h.action().id())).toList();
        return Chapter.of(ReportSection.HIGHLIGHTS, List.of(
                ReportItem.Text.of("Actions completed or improved since " + r.previousPeriod().label()
                        + ", and targets met in " + r.period().label() + "."),
                new ReportItem.Grid("Highlights of " + r.period().label(), new Table("", "", List.of(
                        Column.of("Action", 30), Column.of("Highlight", 18), Column.of("Detail", 52)), rows))), false);
    }

    /** The plan's own tables in the chosen layout, without its title and key, which the pack already has. */
    private static Chapter actionPlan(Plan plan, ReportOptions options) {
        ExportDocument doc = Layouts.byName(options.layout()).render(plan, ExportOptions.of(options.layout(), options.period()));
        List<Block> blocks = new ArrayList<>();
        boolean opening = true; // the layout's title, subtitle and key: the pack already has them
        for (Block b : doc.blocks()) {
            if (b instanceof Heading h && h.level() > 1) {
                opening = false;
            }
            if (!opening && !(b instanceof RagKey)) {
                blocks.add(b);
            }
        }
        String intro = "The whole plan in the " + options.layout() + " layout, with each action's update and RAG for "
                + options.period().label() + ".";
        return Chapter.of(ReportSection.ACTION_PLAN, List.of(ReportItem.Text.of(intro), new ReportItem.Plan(new ExportDocument(doc.info(), blocks))), true);
    }

    private static ReportItem funding(Plan plan) {
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        List<Row> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (FundingLine f : plan.funding()) {
            rows.add(new Row(List.of(Cell.of(f.item()), Cell.of(f.source()), Cell.of(pounds.format(f.amount()))), null));
            total = total.add(f.amount());
        }
        rows.add(new Row(List.of(Cell.strong("Total"), Cell.EMPTY, Cell.strong(pounds.format(total))), null));
        return new ReportItem.Grid("Funding allocated to the plan", new Table("", "",
                List.of(Column.of("Item", 60), Column.of("Source", 25), Column.of("Amount", 15)), rows));
    }

    private static ReportItem glossary(Plan plan) {
        List<Row> rows = plan.glossary().stream()
                .map((GlossaryTerm g) -> new Row(List.of(Cell.strong(g.term()), Cell.of(g.definition())), null)).toList();
        return new ReportItem.Grid("Glossary of terms", new Table("", "",
                List.of(Column.of("Term", 15), Column.of("Meaning", 85)), rows));
    }

    static String code(Action a) {
        return a.code().isEmpty() ? a.title() : a.code() + " " + a.title();
    }

    static String lastUpdate(Action a, org.cspplanner.model.ReportingPeriod period) {
        return a.latestUpdate(period).map(Update::period).map(p -> p.label()).orElse("None");
    }

    static Cell stateCell(ActionState state) {
        return state.rag().map((Rag r) -> Cell.rag(r, r.word())).orElse(Cell.of(state.word()));
    }

    static RagScheme scheme(Plan plan) {
        return plan.ragScheme();
    }
}
