package org.cspplanner.exporters.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;
import org.cspplanner.model.Update;

/**
 * One action while its rows are read: the row that starts it and any continuation rows below
 * (more projects, more milestones, text that ran over a page). Builds the {@link Action} at the end.
 */
final class ActionDraft {

    private final RowContext ctx;
    final String code;
    private final String title;
    private final SourceRow firstRow;
    private final UUID sectionId;
    private final List<String> descriptions = new ArrayList<>();
    private final Set<String> outcomes = new LinkedHashSet<>();
    private final Set<Lead> leads = new LinkedHashSet<>();
    private final Set<String> partners = new LinkedHashSet<>();
    private final Set<String> barriers = new LinkedHashSet<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();
    private final Map<ReportingPeriod, List<String>> updates = new LinkedHashMap<>();
    private DueDate start;
    private DueDate due;
    private ActionStatus status;
    private Rag rag;

    ActionDraft(RowContext ctx, SourceRow row, String code, String title, UUID sectionId) {
        this.ctx = ctx;
        this.firstRow = row;
        this.code = code;
        this.title = title;
        this.sectionId = sectionId;
        addRow(row);
    }

    String title() {
        return title;
    }

    /** Takes what a row adds to the action. */
    void addRow(SourceRow row) {
        addText(descriptions, ctx.text(row, ImportField.DESCRIPTION));
        addAll(outcomes, ctx.text(row, ImportField.OUTCOME));
        addAll(barriers, ctx.text(row, ImportField.BARRIERS));
        for (String p : LeadParser.SPLIT.split(ctx.text(row, ImportField.PARTNERS))) {
            if (!p.isBlank()) {
                partners.add(p.strip());
            }
        }
        String leadText = ctx.text(row, ImportField.LEADS);
        List<Lead> rowLeads = ctx.leads.parse(leadText);
        leads.addAll(rowLeads);

        Rag rowRag = readRag(row);
        DueDate rowDue = readDate(row, ImportField.DUE);
        DueDate rowStart = readDate(row, ImportField.START);
        start = start == null ? rowStart : start;
        String rowStatus = ctx.text(row, ImportField.STATUS);
        if (!rowStatus.isEmpty()) {
            Optional<ActionStatus> s = ActionStatus.fromWord(rowStatus);
            if (s.isPresent()) {
                status = status == null ? s.get() : status;
            } else if (Rag.fromWord(rowStatus).isPresent()) {
                rowRag = rowRag == null ? Rag.fromWord(rowStatus).get() : rowRag;
            } else {
                ctx.warn(row, "status '" + rowStatus + "' not recognised; left as not started");
            }
        }
        String rowProgress = ctx.text(row, ImportField.PROGRESS);
        String rowTarget = ctx.text(row, ImportField.TARGET);
        boolean projectRow = addMilestones(row, ctx.text(row, ImportField.MILESTONES), leadText, rowLeads, rowTarget, rowDue,
                rowRag, rowProgress);
        if (!projectRow && !rowTarget.isEmpty()) {
            targets.add(new Target(null, rowTarget, "", null, null, "", null, null, null, List.of()));
        }
        if (due == null) {
            due = rowDue;
        }
        if (rowRag != null) {
            rag = worse(rag, rowRag);
        }
        addText(progress, rowProgress);
        for (ColumnRule c : ctx.mapping.columns(ImportField.UPDATE)) {
            String text = row.text(c.index());
            ReportingPeriod period = PlanYearDetector.period(c.period(), ctx.planYear);
            if (!text.isEmpty() && period != null) {
                List<String> texts = updates.computeIfAbsent(period, p -> new ArrayList<>());
                if (!texts.contains(text)) {
                    texts.add(text);
                }
            }
        }
    }

    /** Returns true when the row's milestone cell was one project carrying the row's own lead, target and RAG. */
    private boolean addMilestones(SourceRow row, String cell, String leadText, List<Lead> rowLeads, String target,
                                  DueDate rowDue, Rag rowRag, String rowProgress) {
        List<MilestoneSplitter.Part> parts = MilestoneSplitter.split(cell);
        if (parts.isEmpty()) {
            return false;
        }
        if (parts.size() == 1 && parts.get(0).code().isEmpty()) {
            Lead lead = rowLeads.isEmpty() ? null : rowLeads.get(0);
            milestones.add(new Milestone(null, "", parts.get(0).text(), lead, target, rowDue, null, rowRag, rowProgress));
            return true;
        }
        // one lead per line, in step with the milestones ("Police\nCDRP\nSCDC Housing")
        List<String> leadLines = Arrays.stream(leadText.split("\n")).filter(s -> !s.isBlank()).toList();
        for (int i = 0; i < parts.size(); i++) {
            Lead lead = null;
            if (leadLines.size() == parts.size()) {
                List<Lead> parsed = ctx.leads.parse(leadLines.get(i));
                lead = parsed.isEmpty() ? null : parsed.get(0);
            }
            milestones.add(new Milestone(null, parts.get(i).code(), parts.get(i).text(), lead, "", null, null, null, ""));
        }
        return false;
    }

    private Rag readRag(SourceRow row) {
        if (!ctx.mapping.has(ImportField.RAG)) {
            return null;
        }
        SourceCell cell = ctx.cell(row, ImportField.RAG);
        if (cell.isBlank()) {
            return RagColours.classify(cell.fill()).orElse(null);
        }
        Optional<Rag> word = Rag.fromWord(cell.text());
        if (word.isPresent()) {
            return word.get();
        }
        Optional<ActionStatus> s = ActionStatus.fromWord(cell.text());
        if (s.isPresent()) {
            status = status == null ? s.get() : status;
            return null;
        }
        Optional<Rag> colour = RagColours.classify(cell.fill());
        if (colour.isEmpty()) {
            ctx.warn(row, "RAG '" + cell.text() + "' not recognised; no rating taken");
        }
        return colour.orElse(null);
    }

    private DueDate readDate(SourceRow row, ImportField field) {
        if (!ctx.mapping.has(field)) {
            return null;
        }
        UkDates.Parsed p = UkDates.parse(ctx.cell(row, field), ctx.planYear);
        if (p.problem() != null) {
            ctx.warn(row, (field == ImportField.DUE ? "due date " : "start date ") + p.problem()
                    + (p.date() == null ? "; left empty" : ""));
        }
        return p.date();
    }

    static Rag worse(Rag a, Rag b) {
        if (a == null) {
            return b;
        }
        return b == null || a.ordinal() <= b.ordinal() ? a : b;
    }

    int milestoneCount() {
        return milestones.size();
    }

    Action build(ReportingPeriod progressPeriod, String source) {
        List<Update> ups = new ArrayList<>();
        updates.forEach((period, texts) -> ups.add(new Update(null, period, null, "", "", String.join("\n\n", texts),
                null, source)));
        if (!progress.isEmpty()) {
            ups.add(new Update(null, progressPeriod, null, "", "", String.join("\n\n", progress), rag, source));
        }
        ActionStatus finalStatus = status;
        if (finalStatus == null) {
            finalStatus = rag != null || !ups.isEmpty() ? ActionStatus.IN_PROGRESS : ActionStatus.NOT_STARTED;
        }
        return Action.builder(title)
                .code(code)
                .description(String.join("\n", descriptions))
                .outcome(String.join("\n", outcomes))
                .leads(new ArrayList<>(leads))
                .partners(new ArrayList<>(partners))
                .barriers(String.join("\n", barriers))
                .start(start)
                .due(due)
                .status(finalStatus)
                .rag(rag)
                .sectionId(sectionId)
                .milestones(milestones)
                .targets(targets)
                .updates(ups)
                .build();
    }

    SourceRow firstRow() {
        return firstRow;
    }

    private static void addText(List<String> into, String text) {
        if (!text.isEmpty() && !into.contains(text)) {
            into.add(text);
        }
    }

    private static void addAll(Set<String> into, String text) {
        if (!text.isEmpty()) {
            into.add(text);
        }
    }
}
