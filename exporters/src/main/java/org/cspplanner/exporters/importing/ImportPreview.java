package org.cspplanner.exporters.importing;

import java.util.ArrayList;
import java.util.List;
import org.cspplanner.model.Plan;

/**
 * What an import would create, shown before anything is written: the plan (not yet saved), the column mapping
 * it used, counts, per-row warnings and notes about how the file was read.
 */
public record ImportPreview(Plan plan, ColumnMapping mapping, int themes, int actions, int milestones, int updates,
                            List<ImportWarning> warnings, List<String> notes) {

    public ImportPreview {
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    static ImportPreview of(Plan plan, ColumnMapping mapping, List<ImportWarning> warnings, List<String> notes) {
        int milestones = plan.actions().mapToInt(a -> a.milestones().size()).sum();
        int updates = plan.actions().mapToInt(a -> a.updates().size()).sum();
        return new ImportPreview(plan, mapping, plan.themes().size(), plan.actionCount(), milestones, updates,
                warnings, notes);
    }

    /** "4 themes, 22 actions, 31 milestones, 22 updates, 3 warnings". */
    public String summary() {
        return themes + (themes == 1 ? " theme, " : " themes, ") + actions + (actions == 1 ? " action, " : " actions, ")
                + milestones + (milestones == 1 ? " milestone, " : " milestones, ") + updates
                + (updates == 1 ? " update, " : " updates, ") + plan.glossary().size() + " glossary terms, "
                + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
    }

    /** The lines a command line or log prints: summary, mapping, notes, then warnings. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add("Read " + summary());
        lines.add("Plan: " + plan.title() + " (" + plan.periodLabel() + ")");
        plan.themes().forEach(t -> lines.add("  Theme: " + t.title() + " – " + t.actions().size() + " actions"));
        lines.add("Columns:");
        mapping.describe().forEach(d -> lines.add("  " + d));
        notes.forEach(n -> lines.add("Note: " + n));
        warnings.forEach(w -> lines.add("Warning: " + w));
        return lines;
    }
}
