package org.cspplanner.model.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cspplanner.model.Action;
import org.cspplanner.model.ActionStatus;
import org.cspplanner.model.Actual;
import org.cspplanner.model.DueDate;
import org.cspplanner.model.Lead;
import org.cspplanner.model.Milestone;
import org.cspplanner.model.Polarity;
import org.cspplanner.model.Rag;
import org.cspplanner.model.ReportingPeriod;
import org.cspplanner.model.Target;
import org.cspplanner.model.Theme;
import org.cspplanner.model.Update;

/** The SQL of actions and what hangs off them: leads, partners, tags, milestones, targets and updates. */
public final class ActionStore {

    private static final String ACTIONS_OF_PLAN =
            "SELECT a.* FROM plan_action a JOIN theme t ON a.theme_id = t.id WHERE t.plan_id = ? ORDER BY a.sort_order";
    private static final String OF_PLAN =
            " x JOIN plan_action a ON x.action_id = a.id JOIN theme t ON a.theme_id = t.id WHERE t.plan_id = ?";

    /** Every action of the plan with its children, grouped by theme id, in order. */
    Map<UUID, List<Action>> loadForPlan(Connection c, UUID planId) throws SQLException {
        Map<UUID, List<Lead>> leads = groupByAction(c,
                "SELECT x.action_id, x.officer, x.organisation FROM action_lead" + OF_PLAN + " ORDER BY x.sort_order",
                rs -> new Lead(rs.getString("officer"), rs.getString("organisation")), planId);
        Map<UUID, List<String>> partners = groupByAction(c,
                "SELECT x.action_id, x.name FROM action_partner" + OF_PLAN + " ORDER BY x.sort_order",
                rs -> rs.getString("name"), planId);
        Map<UUID, List<String>> tags = groupByAction(c,
                "SELECT x.action_id, x.tag FROM action_tag" + OF_PLAN + " ORDER BY x.sort_order",
                rs -> rs.getString("tag"), planId);
        Map<UUID, List<Milestone>> milestones = groupByAction(c,
                "SELECT x.* FROM milestone" + OF_PLAN + " ORDER BY x.sort_order", ActionStore::milestone, planId);
        Map<UUID, List<Actual>> actuals = new HashMap<>();
        for (Object[] row : Sql.query(c, """
                SELECT v.target_id, v.period, v.actual_value FROM target_actual v JOIN action_target x ON v.target_id = x.id
                JOIN plan_action a ON x.action_id = a.id JOIN theme t ON a.theme_id = t.id WHERE t.plan_id = ?""",
                rs -> new Object[] {Sql.uuid(rs, "target_id"),
                        new Actual(ReportingPeriod.parse(rs.getString("period")), rs.getBigDecimal("actual_value"))}, planId)) {
            actuals.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((Actual) row[1]);
        }
        Map<UUID, List<Target>> targets = groupByAction(c,
                "SELECT x.* FROM action_target" + OF_PLAN + " ORDER BY x.sort_order",
                rs -> target(rs, actuals), planId);
        Map<UUID, List<Update>> updates = groupByAction(c,
                "SELECT x.* FROM progress_update" + OF_PLAN + " ORDER BY x.period, x.update_date, x.recorded_at",
                ActionStore::update, planId);

        Map<UUID, List<Action>> byTheme = new LinkedHashMap<>();
        for (Object[] row : Sql.query(c, ACTIONS_OF_PLAN, rs -> {
            UUID id = Sql.uuid(rs, "id");
            Action action = new Action(id, Sql.uuid(rs, "lineage_id"), rs.getString("code"), rs.getString("title"),
                    rs.getString("description"), rs.getString("outcome"), leads.get(id), partners.get(id),
                    rs.getString("barriers"), dueDate(rs.getString("start_date")), dueDate(rs.getString("due_date")),
                    ActionStatus.valueOf(rs.getString("status")), rag(rs.getString("rag")), Sql.uuid(rs, "section_id"),
                    tags.get(id), milestones.get(id), targets.get(id), updates.get(id));
            return new Object[] {Sql.uuid(rs, "theme_id"), action};
        }, planId)) {
            byTheme.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((Action) row[1]);
        }
        return byTheme;
    }

    private static <T> Map<UUID, List<T>> groupByAction(Connection c, String sql, Sql.RowMapper<T> mapper, UUID planId)
            throws SQLException {
        Map<UUID, List<T>> grouped = new HashMap<>();
        for (Object[] row : Sql.query(c, sql, rs -> new Object[] {Sql.uuid(rs, "action_id"), mapper.map(rs)}, planId)) {
            @SuppressWarnings("unchecked")
            T value = (T) row[1];
            grouped.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(value);
        }
        return grouped;
    }

    /** Inserts every action of the themes (which must already exist) with all their children. */
    void insertAll(Connection c, List<Theme> themes) throws SQLException {
        try (Batch actions = new Batch(c, """
                INSERT INTO plan_action (theme_id, sort_order, lineage_id, code, title, description, outcome, barriers,
                    start_date, due_date, status, rag, section_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Theme theme : themes) {
                int position = 0;
                for (Action a : theme.actions()) {
                    actions.add(actionRow(theme.id(), position++, a));
                }
            }
        }
        try (Children children = new Children(c)) {
            for (Theme theme : themes) {
                for (Action a : theme.actions()) {
                    children.add(a);
                    children.addUpdates(a.id(), a.updates());
                }
            }
        }
    }

    /** An action with the theme and position it is saved at. */
    public record Placed(UUID themeId, int position, Action action) {
    }

    /**
     * Inserts or replaces an action at a position in a theme, with its leads, partners, tags, milestones
     * and targets. Updates are history: new ones are appended, existing ones are never rewritten.
     */
    public void save(Connection c, UUID themeId, int position, Action a) throws SQLException {
        saveAll(c, List.of(new Placed(themeId, position, a)));
    }

    /**
     * Saves many actions as {@link #save} does, reusing each prepared statement and batching the child rows,
     * so that bulk edits (carry-over, renumbering, merged returns) cost one pass rather than one per action.
     */
    public void saveAll(Connection c, List<Placed> placed) throws SQLException {
        if (placed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE plan_action SET theme_id = ?, sort_order = ?, lineage_id = ?, code = ?, title = ?, description = ?,
                    outcome = ?, barriers = ?, start_date = ?, due_date = ?, status = ?, rag = ?, section_id = ? WHERE id = ?""");
             PreparedStatement insert = c.prepareStatement("""
                INSERT INTO plan_action (theme_id, sort_order, lineage_id, code, title, description, outcome, barriers,
                    start_date, due_date, status, rag, section_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Placed p : placed) {
                Object[] row = actionRow(p.themeId(), p.position(), p.action());
                Sql.bind(update, row);
                if (update.executeUpdate() == 0) {
                    Sql.bind(insert, row);
                    insert.executeUpdate();
                }
            }
        }
        for (String table : List.of("action_lead", "action_partner", "action_tag", "milestone", "action_target")) {
            try (Batch delete = new Batch(c, "DELETE FROM " + table + " WHERE action_id = ?")) {
                for (Placed p : placed) {
                    delete.add(p.action().id());
                }
            }
        }
        Set<UUID> stored = new HashSet<>();
        try (PreparedStatement existing = c.prepareStatement("SELECT id FROM progress_update WHERE action_id = ?")) {
            for (Placed p : placed) {
                Sql.bind(existing, p.action().id());
                try (ResultSet rs = existing.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getObject(1, UUID.class));
                    }
                }
            }
        }
        try (Children children = new Children(c)) {
            for (Placed p : placed) {
                children.add(p.action());
                children.addUpdates(p.action().id(), p.action().updates().stream().filter(u -> !stored.contains(u.id())).toList());
            }
        }
        for (UUID themeId : placed.stream().map(Placed::themeId).distinct().toList()) {
            Sql.update(c, "UPDATE plan SET updated_at = ? WHERE id = (SELECT plan_id FROM theme WHERE id = ?)",
                    Instant.now(), themeId);
        }
    }

    /** Saves an action where it already is (same theme, same position); false if it is no longer stored. */
    public boolean replace(Connection c, Action a) throws SQLException {
        return replaceAll(c, List.of(a));
    }

    /** Saves actions where they already are; false (and nothing saved) if any of them is no longer stored. */
    public boolean replaceAll(Connection c, List<Action> actions) throws SQLException {
        List<Placed> placed = new ArrayList<>();
        try (PreparedStatement place = c.prepareStatement("SELECT theme_id, sort_order FROM plan_action WHERE id = ?")) {
            for (Action a : actions) {
                Sql.bind(place, a.id());
                try (ResultSet rs = place.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    placed.add(new Placed(rs.getObject(1, UUID.class), rs.getInt(2), a));
                }
            }
        }
        saveAll(c, placed);
        return true;
    }

    public void delete(Connection c, UUID actionId) throws SQLException {
        touchPlanOfAction(c, actionId);
        Sql.update(c, "DELETE FROM plan_action WHERE id = ?", actionId);
    }

    /** Puts a theme's actions in the given order (moving any listed action into that theme). */
    public void order(Connection c, UUID themeId, List<UUID> actionIds) throws SQLException {
        for (int i = 0; i < actionIds.size(); i++) {
            Sql.update(c, "UPDATE plan_action SET theme_id = ?, sort_order = ? WHERE id = ?", themeId, i, actionIds.get(i));
        }
    }

    public void addUpdate(Connection c, UUID actionId, Update u) throws SQLException {
        try (Children children = new Children(c)) {
            children.addUpdates(actionId, List.of(u));
        }
        touchPlanOfAction(c, actionId);
    }

    /** Removes an update: only undo of "add update" calls this, so history is otherwise append-only. */
    public void removeUpdate(Connection c, UUID updateId) throws SQLException {
        Sql.update(c, "DELETE FROM progress_update WHERE id = ?", updateId);
    }

    public Optional<UUID> themeOf(Connection c, UUID actionId) throws SQLException {
        return Sql.query(c, "SELECT theme_id FROM plan_action WHERE id = ?", rs -> Sql.uuid(rs, "theme_id"), actionId)
                .stream().findFirst();
    }

    public int countInTheme(Connection c, UUID themeId) throws SQLException {
        return Sql.query(c, "SELECT COUNT(*) FROM plan_action WHERE theme_id = ?", rs -> rs.getInt(1), themeId).get(0);
    }

    private static void touchPlanOfAction(Connection c, UUID actionId) throws SQLException {
        Sql.update(c, "UPDATE plan SET updated_at = ? WHERE id = (SELECT t.plan_id FROM theme t JOIN plan_action a "
                + "ON a.theme_id = t.id WHERE a.id = ?)", Instant.now(), actionId);
    }

    private static Object[] actionRow(UUID themeId, int position, Action a) {
        return new Object[] {themeId, position, a.lineageId(), a.code(), a.title(), a.description(), a.outcome(),
                a.barriers(), iso(a.start()), iso(a.due()), a.status(), a.rag(), a.sectionId(), a.id()};
    }

    private static String iso(DueDate d) {
        return d == null ? null : d.iso();
    }

    private static DueDate dueDate(String iso) {
        return iso == null ? null : DueDate.parse(iso);
    }

    private static Rag rag(String name) {
        return name == null ? null : Rag.valueOf(name);
    }

    private static Milestone milestone(ResultSet rs) throws SQLException {
        String officer = rs.getString("lead_officer");
        String organisation = rs.getString("lead_organisation");
        boolean hasLead = officer != null && !officer.isBlank() || organisation != null && !organisation.isBlank();
        return new Milestone(Sql.uuid(rs, "id"), rs.getString("code"), rs.getString("body"),
                hasLead ? new Lead(officer, organisation) : null, rs.getString("target_text"),
                dueDate(rs.getString("due_date")), ActionStatus.valueOf(rs.getString("status")), rag(rs.getString("rag")),
                rs.getString("progress"));
    }

    private static Target target(ResultSet rs, Map<UUID, List<Actual>> actuals) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        return new Target(id, rs.getString("description"), rs.getString("unit"), Polarity.valueOf(rs.getString("polarity")),
                rs.getBigDecimal("baseline"), rs.getString("baseline_period"), rs.getBigDecimal("target_value"),
                rs.getBigDecimal("target_max"), rs.getBigDecimal("amber_tolerance"), actuals.get(id));
    }

    private static Update update(ResultSet rs) throws SQLException {
        return new Update(Sql.uuid(rs, "id"), ReportingPeriod.parse(rs.getString("period")), Sql.date(rs, "update_date"),
                rs.getString("author"), rs.getString("organisation"), rs.getString("body"), rag(rs.getString("rag")),
                rs.getString("source"));
    }

    /** Batched inserts of the rows that hang off actions. */
    private static final class Children implements AutoCloseable {
        private final Batch leads;
        private final Batch partners;
        private final Batch tags;
        private final Batch milestones;
        private final Batch targets;
        private final Batch actuals;
        private final Batch updates;
        private final List<Object[]> pendingActuals = new ArrayList<>();

        Children(Connection c) throws SQLException {
            leads = new Batch(c, "INSERT INTO action_lead (action_id, sort_order, officer, organisation) VALUES (?, ?, ?, ?)");
            partners = new Batch(c, "INSERT INTO action_partner (action_id, sort_order, name) VALUES (?, ?, ?)");
            tags = new Batch(c, "INSERT INTO action_tag (action_id, sort_order, tag) VALUES (?, ?, ?)");
            milestones = new Batch(c, """
                    INSERT INTO milestone (id, action_id, sort_order, code, body, lead_officer, lead_organisation,
                        target_text, due_date, status, rag, progress) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            targets = new Batch(c, """
                    INSERT INTO action_target (id, action_id, sort_order, description, unit, polarity, baseline,
                        baseline_period, target_value, target_max, amber_tolerance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            actuals = new Batch(c, "INSERT INTO target_actual (target_id, period, actual_value) VALUES (?, ?, ?)");
            updates = new Batch(c, """
                    INSERT INTO progress_update (id, action_id, period, update_date, author, organisation, body, rag,
                        source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        }

        void add(Action a) throws SQLException {
            int i = 0;
            for (Lead l : a.leads()) {
                leads.add(a.id(), i++, l.officer(), l.organisation());
            }
            i = 0;
            for (String p : a.partners()) {
                partners.add(a.id(), i++, p);
            }
            i = 0;
            for (String t : a.tags()) {
                tags.add(a.id(), i++, t);
            }
            i = 0;
            for (Milestone m : a.milestones()) {
                milestones.add(m.id(), a.id(), i++, m.code(), m.text(), m.lead() == null ? null : m.lead().officer(),
                        m.lead() == null ? null : m.lead().organisation(), m.target(), iso(m.due()), m.status(), m.rag(),
                        m.progress());
            }
            i = 0;
            for (Target t : a.targets()) {
                targets.add(t.id(), a.id(), i++, t.description(), t.unit(), t.polarity(), t.baseline(), t.baselinePeriod(),
                        t.target(), t.targetMax(), t.amberTolerance());
                for (Actual v : t.actuals()) {
                    pendingActuals.add(new Object[] {t.id(), v.period().label(), v.value()});
                }
            }
        }

        void addUpdates(UUID actionId, List<Update> list) throws SQLException {
            Instant now = Instant.now();
            for (Update u : list) {
                updates.add(u.id(), actionId, u.period().label(), u.date(), u.author(), u.organisation(), u.text(), u.rag(),
                        u.source(), now);
            }
        }

        @Override
        public void close() throws SQLException {
            // Targets before their actuals: the foreign key needs the parent row first.
            leads.close();
            partners.close();
            tags.close();
            milestones.close();
            targets.close();
            updates.close();
            for (Object[] row : pendingActuals) {
                actuals.add(row);
            }
            actuals.close();
        }
    }
}
