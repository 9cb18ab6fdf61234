package org.cspplanner.model.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cspplanner.model.Action;
import org.cspplanner.model.FundingLine;
import org.cspplanner.model.GlossaryTerm;
import org.cspplanner.model.NarrativeSection;
import org.cspplanner.model.Officer;
import org.cspplanner.model.Organisation;
import org.cspplanner.model.Plan;
import org.cspplanner.model.PlanStatus;
import org.cspplanner.model.RagScheme;
import org.cspplanner.model.StrategicSection;
import org.cspplanner.model.Theme;
import org.cspplanner.model.ThemeNarrative;

/**
 * The SQL of the plan aggregate: the plan row, its lists (sections, partners, glossary, funding, settings)
 * and its themes. Actions are {@link ActionStore}'s. Callers own the transaction.
 */
public final class PlanStore {

    private final ActionStore actions = new ActionStore();

    public ActionStore actions() {
        return actions;
    }

    public List<PlanSummary> list(Connection c) throws SQLException {
        return Sql.query(c, """
                SELECT p.id, p.title, p.partnership, p.period_start, p.period_end, p.status,
                       (SELECT COUNT(*) FROM theme t WHERE t.plan_id = p.id) AS themes,
                       (SELECT COUNT(*) FROM plan_action a JOIN theme t ON a.theme_id = t.id WHERE t.plan_id = p.id) AS actions
                FROM plan p ORDER BY p.period_start DESC, p.title""",
                rs -> new PlanSummary(Sql.uuid(rs, "id"), rs.getString("title"), rs.getString("partnership"),
                        Sql.date(rs, "period_start"), Sql.date(rs, "period_end"), PlanStatus.valueOf(rs.getString("status")),
                        rs.getInt("themes"), rs.getInt("actions")));
    }

    public boolean exists(Connection c, UUID planId) throws SQLException {
        return !Sql.query(c, "SELECT 1 FROM plan WHERE id = ?", rs -> 1, planId).isEmpty();
    }

    /** Loads the whole plan, or empty if there is no such plan. */
    public Optional<Plan> load(Connection c, UUID planId) throws SQLException {
        List<Plan.Builder> rows = Sql.query(c, "SELECT * FROM plan WHERE id = ?", rs -> Plan.builder(rs.getString("title"))
                .id(Sql.uuid(rs, "id"))
                .partnership(rs.getString("partnership"))
                .period(Sql.date(rs, "period_start"), Sql.date(rs, "period_end"))
                .status(PlanStatus.valueOf(rs.getString("status")))
                .predecessorId(Sql.uuid(rs, "predecessor_id"))
                .ragScheme(new RagScheme(rs.getString("rag_green"), rs.getString("rag_amber"), rs.getString("rag_red"),
                        rs.getString("rag_complete"), rs.getString("rag_not_started"))), planId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, List<Action>> actionsByTheme = actions.loadForPlan(c, planId);
        List<Theme> themes = Sql.query(c, "SELECT * FROM theme WHERE plan_id = ? ORDER BY sort_order", rs -> {
            UUID id = Sql.uuid(rs, "id");
            return new Theme(id, rs.getString("code"), rs.getString("title"), rs.getString("description"),
                    new ThemeNarrative(rs.getString("why_priority"), rs.getString("what_we_hope_to_do"),
                            rs.getString("approach"), rs.getString("success_measures"), rs.getString("data_used")),
                    actionsByTheme.getOrDefault(id, List.of()));
        }, planId);
        Map<String, String> settings = new HashMap<>();
        Sql.query(c, "SELECT setting_name, setting_value FROM plan_setting WHERE plan_id = ?",
                rs -> settings.put(rs.getString(1), rs.getString(2)), planId);
        return Optional.of(rows.get(0)
                .sections(Sql.query(c, "SELECT heading, body FROM plan_section WHERE plan_id = ? ORDER BY sort_order",
                        rs -> new NarrativeSection(rs.getString(1), rs.getString(2)), planId))
                .organisations(Sql.query(c, "SELECT * FROM organisation WHERE plan_id = ? ORDER BY sort_order",
                        rs -> new Organisation(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("short_name"),
                                rs.getString("statutory_role")), planId))
                .officers(Sql.query(c, "SELECT * FROM officer WHERE plan_id = ? ORDER BY sort_order",
                        rs -> new Officer(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("organisation")), planId))
                .strategicSections(Sql.query(c, "SELECT * FROM strategic_section WHERE plan_id = ? ORDER BY sort_order",
                        rs -> new StrategicSection(Sql.uuid(rs, "id"), rs.getString("code"), rs.getString("title")), planId))
                .glossary(Sql.query(c, "SELECT term, definition FROM glossary_term WHERE plan_id = ? ORDER BY sort_order",
                        rs -> new GlossaryTerm(rs.getString(1), rs.getString(2)), planId))
                .funding(Sql.query(c, "SELECT item, amount, source FROM funding_line WHERE plan_id = ? ORDER BY sort_order",
                        rs -> new FundingLine(rs.getString(1), rs.getBigDecimal(2), rs.getString(3)), planId))
                .settings(settings)
                .themes(themes)
                .build());
    }

    /** Writes a whole new plan: the plan, its lists, themes and every action with its children. */
    public void insert(Connection c, Plan plan) throws SQLException {
        Instant now = Instant.now();
        RagScheme rag = plan.ragScheme();
        Sql.update(c, """
                INSERT INTO plan (id, title, partnership, period_start, period_end, status, predecessor_id,
                    rag_green, rag_amber, rag_red, rag_complete, rag_not_started, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                plan.id(), plan.title(), plan.partnership(), plan.periodStart(), plan.periodEnd(), plan.status(),
                plan.predecessorId(), rag.green(), rag.amber(), rag.red(), rag.complete(), rag.notStarted(), now, now);
        insertLists(c, plan);
        int position = 0;
        for (Theme theme : plan.themes()) {
            insertTheme(c, plan.id(), theme, position++);
        }
        actions.insertAll(c, plan.themes());
    }

    /** Saves the plan's own fields and lists (not its themes or actions). */
    public void saveHeader(Connection c, Plan plan) throws SQLException {
        RagScheme rag = plan.ragScheme();
        int changed = Sql.update(c, """
                UPDATE plan SET title = ?, partnership = ?, period_start = ?, period_end = ?, status = ?,
                    predecessor_id = ?, rag_green = ?, rag_amber = ?, rag_red = ?, rag_complete = ?,
                    rag_not_started = ?, updated_at = ? WHERE id = ?""",
                plan.title(), plan.partnership(), plan.periodStart(), plan.periodEnd(), plan.status(),
                plan.predecessorId(), rag.green(), rag.amber(), rag.red(), rag.complete(), rag.notStarted(),
                Instant.now(), plan.id());
        if (changed == 0) {
            throw new StoreException("The plan '" + plan.title() + "' is no longer in the workspace.", null);
        }
        for (String table : List.of("plan_section", "glossary_term", "funding_line", "plan_setting")) {
            Sql.update(c, "DELETE FROM " + table + " WHERE plan_id = ?", plan.id());
        }
        deleteRemoved(c, "organisation", plan.id(), plan.organisations().stream().map(Organisation::id).toList());
        deleteRemoved(c, "officer", plan.id(), plan.officers().stream().map(Officer::id).toList());
        deleteRemoved(c, "strategic_section", plan.id(), plan.strategicSections().stream().map(StrategicSection::id).toList());
        insertLists(c, plan);
    }

    /** Deletes the rows of a list table whose ids are no longer in the plan; the rest are updated in place. */
    private static void deleteRemoved(Connection c, String table, UUID planId, List<UUID> keep) throws SQLException {
        for (UUID id : Sql.query(c, "SELECT id FROM " + table + " WHERE plan_id = ?", rs -> Sql.uuid(rs, "id"), planId)) {
            if (!keep.contains(id)) {
                Sql.update(c, "DELETE FROM " + table + " WHERE id = ?", id);
            }
        }
    }

    private static void insertLists(Connection c, Plan plan) throws SQLException {
        UUID id = plan.id();
        try (Batch b = new Batch(c, "INSERT INTO plan_section (plan_id, sort_order, heading, body) VALUES (?, ?, ?, ?)")) {
            int i = 0;
            for (NarrativeSection s : plan.sections()) {
                b.add(id, i++, s.heading(), s.text());
            }
        }
        int i = 0;
        for (Organisation o : plan.organisations()) {
            Sql.upsert(c, "UPDATE organisation SET sort_order = ?, name = ?, short_name = ?, statutory_role = ? WHERE id = ?",
                    new Object[] {i, o.name(), o.shortName(), o.statutoryRole(), o.id()},
                    "INSERT INTO organisation (sort_order, name, short_name, statutory_role, id, plan_id) VALUES (?, ?, ?, ?, ?, ?)",
                    id);
            i++;
        }
        i = 0;
        for (Officer o : plan.officers()) {
            Sql.upsert(c, "UPDATE officer SET sort_order = ?, name = ?, organisation = ? WHERE id = ?",
                    new Object[] {i++, o.name(), o.organisation(), o.id()},
                    "INSERT INTO officer (sort_order, name, organisation, id, plan_id) VALUES (?, ?, ?, ?, ?)", id);
        }
        i = 0;
        for (StrategicSection s : plan.strategicSections()) {
            Sql.upsert(c, "UPDATE strategic_section SET sort_order = ?, code = ?, title = ? WHERE id = ?",
                    new Object[] {i++, s.code(), s.title(), s.id()},
                    "INSERT INTO strategic_section (sort_order, code, title, id, plan_id) VALUES (?, ?, ?, ?, ?)", id);
        }
        try (Batch b = new Batch(c, "INSERT INTO glossary_term (plan_id, sort_order, term, definition) VALUES (?, ?, ?, ?)")) {
            i = 0;
            for (GlossaryTerm g : plan.glossary()) {
                b.add(id, i++, g.term(), g.definition());
            }
        }
        try (Batch b = new Batch(c, "INSERT INTO funding_line (plan_id, sort_order, item, amount, source) VALUES (?, ?, ?, ?, ?)")) {
            i = 0;
            for (FundingLine f : plan.funding()) {
                b.add(id, i++, f.item(), f.amount(), f.source());
            }
        }
        try (Batch b = new Batch(c, "INSERT INTO plan_setting (plan_id, setting_name, setting_value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> e : plan.settings().entrySet()) {
                b.add(id, e.getKey(), e.getValue());
            }
        }
    }

    public void delete(Connection c, UUID planId) throws SQLException {
        Sql.update(c, "DELETE FROM plan WHERE id = ?", planId);
    }

    /** Inserts or updates a theme's own fields at a position (its actions are saved separately). */
    public void saveTheme(Connection c, UUID planId, Theme theme, int position) throws SQLException {
        ThemeNarrative n = theme.narrative();
        int changed = Sql.update(c, """
                UPDATE theme SET sort_order = ?, code = ?, title = ?, description = ?, why_priority = ?,
                    what_we_hope_to_do = ?, approach = ?, success_measures = ?, data_used = ? WHERE id = ?""",
                position, theme.code(), theme.title(), theme.description(), n.whyPriority(), n.whatWeHopeToDo(),
                n.approach(), n.howSuccessIsMeasured(), n.dataUsed(), theme.id());
        if (changed == 0) {
            insertTheme(c, planId, theme, position);
        }
        touch(c, planId);
    }

    private static void insertTheme(Connection c, UUID planId, Theme theme, int position) throws SQLException {
        ThemeNarrative n = theme.narrative();
        Sql.update(c, """
                INSERT INTO theme (id, plan_id, sort_order, code, title, description, why_priority, what_we_hope_to_do,
                    approach, success_measures, data_used) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                theme.id(), planId, position, theme.code(), theme.title(), theme.description(), n.whyPriority(),
                n.whatWeHopeToDo(), n.approach(), n.howSuccessIsMeasured(), n.dataUsed());
    }

    public void deleteTheme(Connection c, UUID themeId) throws SQLException {
        Sql.update(c, "DELETE FROM theme WHERE id = ?", themeId);
    }

    /** Puts the plan's themes in the given order. */
    public void orderThemes(Connection c, List<UUID> themeIds) throws SQLException {
        for (int i = 0; i < themeIds.size(); i++) {
            Sql.update(c, "UPDATE theme SET sort_order = ? WHERE id = ?", i, themeIds.get(i));
        }
    }

    public Optional<UUID> planOfTheme(Connection c, UUID themeId) throws SQLException {
        return Sql.query(c, "SELECT plan_id FROM theme WHERE id = ?", rs -> Sql.uuid(rs, "plan_id"), themeId)
                .stream().findFirst();
    }

    static void touch(Connection c, UUID planId) throws SQLException {
        Sql.update(c, "UPDATE plan SET updated_at = ? WHERE id = ?", Instant.now(), planId);
    }
}
