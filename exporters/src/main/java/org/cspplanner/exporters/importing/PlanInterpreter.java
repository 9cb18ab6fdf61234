package org.cspplanner.exporters.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cspplanner.model.Action;
import org.cspplanner.model.FinancialYear;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.Plan;
import org.cspplanner.model.ProgressListener;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Theme;

/**
 * Turns the rows of a read file into a plan: finds each sheet's header, walks the rows below it, and decides
 * for each row whether it is a theme banner, a new action, a continuation of the action above ("same as above"),
 * or something to warn about. Nothing is saved here.
 */
public final class PlanInterpreter {

    private static final Pattern GLOSSARY = Pattern.compile("(?i).*\\b(glossary|acronyms?|abbreviations|terms)\\b.*");
    private static final Pattern NO_ACTION = Pattern.compile("(?i)(no actions?( set)?|none|n/a)\\.?");
    private static final Pattern SECTION = Pattern.compile("(?i)^section\\s*(\\d+)\\s*[-–:.]?\\s*(.*)$");

    private final SourceWorkbook workbook;
    private final ImportOptions options;
    private final ProgressListener progress;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, List<ActionDraft>> themes = new LinkedHashMap<>();
    private final Map<String, StrategicSection> sections = new LinkedHashMap<>();
    private List<ActionDraft> currentTheme;
    private StrategicSection currentSection;
    private ActionDraft current;

    private PlanInterpreter(SourceWorkbook workbook, ImportOptions options, ProgressListener progress) {
        this.workbook = workbook;
        this.options = options;
        this.progress = progress;
        this.notes.addAll(workbook.notes());
    }

    public static ImportPreview interpret(SourceWorkbook workbook, ImportOptions options, ProgressListener progress,
                                          LocalDate today) throws ImportException {
        return new PlanInterpreter(workbook, options, progress).run(today);
    }

    private ImportPreview run(LocalDate today) throws ImportException {
        List<SourceSheet> sheets = workbook.sheets();
        if (sheets.isEmpty() || sheets.stream().allMatch(SourceSheet::isEmpty)) {
            throw new ImportException(sheets.size() == 1
                    ? "Sheet '" + sheets.get(0).name() + "' of '" + workbook.fileName() + "' is empty: there is nothing to import."
                    : "'" + workbook.fileName() + "' has no data: " + (sheets.isEmpty() ? "it holds no sheet or table." : "every sheet is empty."));
        }
        List<SourceSheet> glossarySheets = new ArrayList<>();
        List<SourceSheet> dataSheets = new ArrayList<>();
        // keyed by identity: a sheet's record hash would walk every cell
        Map<SourceSheet, HeaderDetector.Layout> layouts = new java.util.IdentityHashMap<>();
        HeaderDetector.Layout previous = null;
        for (SourceSheet sheet : sheets) {
            if (sheet.isEmpty()) {
                continue;
            }
            if (isGlossary(sheet)) {
                glossarySheets.add(sheet);
                continue;
            }
            Optional<HeaderDetector.Layout> layout = options.mapping() != null
                    ? HeaderDetector.apply(sheet, options.mapping()) : HeaderDetector.detect(sheet);
            if (layout.isEmpty() && sheet.kind() == SourceSheet.Kind.TABLE && previous != null
                    && sheet.columnCount() == previous.mapping().columns().size()) {
                // a Word table split over pages without its header row repeated
                layout = Optional.of(new HeaderDetector.Layout(-1, previous.mapping()));
            }
            if (layout.isPresent()) {
                layouts.put(sheet, layout.get());
                dataSheets.add(sheet);
                previous = layout.get();
            } else if (sheet.kind() == SourceSheet.Kind.SHEET) {
                notes.add("Sheet '" + sheet.name() + "' has no action table header; it was not imported.");
            }
        }
        if (dataSheets.isEmpty()) {
            String where = sheets.stream().filter(s -> !s.isEmpty()).findFirst().map(SourceSheet::name).orElse("?");
            throw new ImportException("No header row found in '" + workbook.fileName() + "' (first non-empty sheet: '" + where
                    + "'): none of the first " + HeaderDetector.SCAN_ROWS + " rows names an action column (\"Action\", "
                    + "\"Commitment\" ...) and another column such as \"Lead\" or \"Due\". Choose the columns in the "
                    + "mapping step, or give a mapping with --mapping.");
        }
        SourceSheet first = dataSheets.get(0);
        HeaderDetector.Layout firstLayout = layouts.get(first);
        List<String> titleLines = new ArrayList<>(workbook.titleLines());
        for (int i = 0; i < firstLayout.headerIndex(); i++) {
            titleLines.addAll(first.rows().get(i).distinctTexts());
        }
        String stem = workbook.fileName().replaceFirst("\\.[^.]+$", "");
        String title = options.title() != null && !options.title().isBlank() ? options.title().strip()
                : Optional.ofNullable(PlanYearDetector.title(titleLines)).orElse(stem);
        List<String> yearTexts = new ArrayList<>(titleLines);
        yearTexts.add(stem.replace('_', ' '));
        FinancialYear[] years = options.financialYear() != null
                ? new FinancialYear[] {options.financialYear(), options.financialYear()} : PlanYearDetector.detect(yearTexts);
        if (years == null) {
            FinancialYear fy = FinancialYear.containing(today);
            years = new FinancialYear[] {fy, fy};
            notes.add("No plan year found in the file; the plan is for " + fy.label() + ". Change it after import if needed.");
        }
        LocalDate start = years[0].start();
        LocalDate end = years[1].end();
        ReportingPeriod progressPeriod = options.progressPeriod() != null ? options.progressPeriod()
                : PlanYearDetector.progressPeriod(start, end, today);

        List<GlossaryTerm> glossary = new ArrayList<>();
        glossarySheets.forEach(s -> glossary.addAll(GlossaryReader.read(s)));
        LeadParser leadParser = LeadParser.withOrganisations(OrganisationFinder.acronyms(glossary, dataSheets, layouts));

        int totalRows = dataSheets.stream().mapToInt(s -> s.rows().size()).sum();
        int done = 0;
        boolean themePerSheet = dataSheets.stream().filter(s -> s.kind() == SourceSheet.Kind.SHEET).count() > 1;
        ColumnMapping mapping = firstLayout.mapping();
        for (SourceSheet sheet : dataSheets) {
            HeaderDetector.Layout layout = layouts.get(sheet);
            ColumnMapping m = withPeriods(layout.mapping(), years[0], sheet.name());
            RowContext ctx = new RowContext(dataSheets.size() > 1 ? sheet.name() : "", m, years[0], leadParser, warnings);
            if (sheet.kind() == SourceSheet.Kind.SHEET) {
                current = null; // a Word table without a heading may continue the action above it, across a page break
            }
            if (themePerSheet) {
                startTheme(sheet.name());
            }
            if (sheet.heading() != null) {
                sheet.heading().lines().forEach(this::banner);
            }
            SourceRow header = layout.headerIndex() >= 0 ? sheet.rows().get(layout.headerIndex()) : null;
            for (int i = layout.headerIndex() + 1; i < sheet.rows().size(); i++) {
                readRow(ctx, header, sheet.rows().get(i));
                if ((++done & 0xFF) == 0) {
                    progress.checkCancelled();
                    progress.progress((double) done / totalRows, "Reading rows");
                }
            }
            if (sheet == first) {
                mapping = m;
            }
        }
        boolean themeColumn = dataSheets.stream().anyMatch(s -> layouts.get(s).mapping().has(ImportField.THEME));
        return build(title, start, end, progressPeriod, glossary, mapping, themeColumn);
    }

    private void readRow(RowContext ctx, SourceRow header, SourceRow row) {
        if (row.isBlank() || (header != null && repeatsHeader(row, header, ctx.mapping))) {
            return;
        }
        List<String> texts = row.distinctTexts();
        if (texts.size() == 1 && NO_ACTION.matcher(texts.get(0)).matches()) {
            return;
        }
        if (isBanner(row, ctx.mapping)) {
            banner(texts.get(0));
            return;
        }
        if (row.cells().stream().filter(c -> !c.isBlank()).allMatch(SourceCell::merged)) {
            return; // only the tail of merged cells from above: nothing new
        }
        String theme = ctx.text(row, ImportField.THEME);
        if (!theme.isEmpty() && (currentTheme == null || !theme.equals(themeTitleOf(currentTheme)))) {
            startTheme(theme);
        }
        String code = ctx.text(row, ImportField.CODE);
        String title = ctx.text(row, ImportField.TITLE);
        boolean sameCode = current != null && !code.isEmpty() && code.equals(current.code);
        boolean sameTitle = current != null && !title.isEmpty() && title.equals(current.title());
        if (current != null && (sameCode || (code.isEmpty() && (title.isEmpty() || sameTitle)))) {
            current.addRow(row);
        } else if (title.isEmpty()) {
            ctx.warn(row, (code.isEmpty() ? "no action title" : "action " + code + " has no title") + ", skipped");
        } else {
            if (currentTheme == null) {
                startTheme(null);
            }
            current = new ActionDraft(ctx, row, code, title, currentSection == null ? null : currentSection.id());
            currentTheme.add(current);
        }
    }

    private boolean isBanner(SourceRow row, ColumnMapping mapping) {
        List<String> texts = row.distinctTexts();
        if (texts.size() != 1 || texts.get(0).length() > 200 || HeaderDetector.CODE.matcher(texts.get(0)).matches()) {
            return false;
        }
        List<SourceCell> filled = row.cells().stream().filter(c -> !c.isBlank()).toList();
        if (filled.size() >= 2) {
            return filled.stream().allMatch(SourceCell::merged);
        }
        int col = row.cells().indexOf(filled.get(0));
        if (filled.get(0).merged()) {
            return false;
        }
        ImportField field = mapping.columns().stream().filter(c -> c.index() == col).map(ColumnRule::field)
                .findFirst().orElse(ImportField.IGNORE);
        return field == ImportField.CODE || field == ImportField.THEME || field == ImportField.IGNORE;
    }

    /** A banner starts a theme, or a strategic section when it reads "Section 2 – ...". */
    private void banner(String text) {
        String t = text.strip();
        if (t.isEmpty() || GLOSSARY.matcher(t).matches() && t.length() < 30) {
            return;
        }
        Matcher m = SECTION.matcher(t);
        if (m.matches()) {
            String title = m.group(2).isBlank() ? t : m.group(2).strip();
            currentSection = sections.computeIfAbsent(m.group(1) + "|" + title.toLowerCase(Locale.UK),
                    k -> new StrategicSection(null, m.group(1), title));
            current = null;
            return;
        }
        startTheme(t);
        currentSection = null;
    }

    private void startTheme(String title) {
        String key = title == null ? "" : title.strip();
        currentTheme = themes.computeIfAbsent(key, k -> new ArrayList<>());
        current = null;
    }

    private String themeTitleOf(List<ActionDraft> drafts) {
        return themes.entrySet().stream().filter(e -> e.getValue() == drafts).map(Map.Entry::getKey).findFirst().orElse("");
    }

    private static boolean repeatsHeader(SourceRow row, SourceRow header, ColumnMapping mapping) {
        int named = 0;
        int same = 0;
        for (ColumnRule c : mapping.columns()) {
            String h = header.text(c.index());
            if (!h.isEmpty()) {
                named++;
                String t = row.text(c.index());
                boolean near = Math.abs(t.length() - h.length()) <= 10; // spare the normalising of long text cells
                same += near && ImportField.normalise(h).equals(ImportField.normalise(t)) ? 1 : 0;
            }
        }
        return named > 0 && same * 2 > named;
    }

    /** Update columns with no quarter ("Updates", "Updates") take the plan's quarters in order, and say so. */
    private ColumnMapping withPeriods(ColumnMapping m, FinancialYear planYear, String sheetName) {
        List<ColumnRule> out = new ArrayList<>();
        ReportingPeriod next = new ReportingPeriod(planYear, 1);
        List<String> assigned = new ArrayList<>();
        for (ColumnRule c : m.columns()) {
            if (c.field() == ImportField.UPDATE && PlanYearDetector.period(c.period(), planYear) == null) {
                out.add(new ColumnRule(c.index(), c.header(), c.field(), next.label()));
                assigned.add(c.describe().split(" → ")[0] + " as " + next.label());
                next = next.next();
            } else {
                out.add(c);
            }
        }
        if (!assigned.isEmpty()) {
            notes.add("Update columns without a quarter were read in order (" + String.join(", ", assigned) + ").");
        }
        return new ColumnMapping(m.headerRow(), out);
    }

    private static boolean isGlossary(SourceSheet sheet) {
        String label = sheet.kind() == SourceSheet.Kind.TABLE
                ? Optional.ofNullable(sheet.heading()).map(h -> h.lines().reduce((a, b) -> b).orElse("")).orElse("")
                : sheet.name();
        return GLOSSARY.matcher(label).matches() && label.length() < 40;
    }

    private ImportPreview build(String title, LocalDate start, LocalDate end, ReportingPeriod progressPeriod,
                                List<GlossaryTerm> glossary, ColumnMapping mapping, boolean themeColumn) {
        List<Theme> built = new ArrayList<>();
        List<Action> allActions = new ArrayList<>();
        String source = workbook.fileName();
        for (Map.Entry<String, List<ActionDraft>> e : themes.entrySet()) {
            List<Action> actions = new ArrayList<>();
            for (ActionDraft d : e.getValue()) {
                actions.add(d.build(progressPeriod, source));
            }
            // with a theme column, a banner above it groups themes rather than being one
            if (actions.isEmpty() && (e.getKey().isEmpty() || themeColumn)) {
                continue;
            }
            allActions.addAll(actions);
            String themeTitle = e.getKey().isEmpty() ? "Actions" : e.getKey();
            built.add(Theme.of("", themeTitle, actions));
        }
        Plan plan = Plan.builder(title)
                .period(start, end)
                .themes(built)
                .glossary(glossary)
                .strategicSections(new ArrayList<>(sections.values()))
                .organisations(OrganisationFinder.organisations(allActions, glossary))
                .officers(OrganisationFinder.officers(allActions))
                .build();
        if (plan.actionCount() == 0) {
            notes.add("No actions were found below the header row.");
        }
        return ImportPreview.of(plan, mapping, warnings, notes);
    }
}
