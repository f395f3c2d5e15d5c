package nl.werkbank.core.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/**
 * SQL for what an export takes: the records in its scope, with private rounds left out unless asked for. The scope
 * is resolved once into the ids its records hang from (the team's meetings, decisions, actions,
 * people, organisations), so that each kind's condition is an index lookup on a list of ids. Written as nested
 * sub-queries, H2 evaluated the people and organisation unions again for every row: one team's file from a
 * Werkplaats of 250,000 attendance lines took five minutes.
 */
final class ExportRepository {

    /** A kind's condition: SQL with at most one parameter, and that parameter (or none). */
    record Condition(String sql, Object[] params) {

        String and(String other) {
            return "(" + sql + ") AND " + other;
        }
    }

    private static final Object[] NONE = {};
    /** Round answers that can be marked private: they leave the laptop only when asked for. */
    private static final Set<String> ROUNDS = Set.of("check_in", "check_out", "evaluation_answer");

    /** Receives the records one by one, in the kind's column order. */
    interface RowSink {
        void accept(Object[] row) throws IOException;
    }

    private final Database db;
    private final ExportOptions options;
    private final UUID team;
    private final Map<String, UUID[]> ids = new HashMap<>();

    ExportRepository(Database db, ExportOptions options) {
        this.db = db;
        this.options = options;
        this.team = options.scope().teamId();
        if (!options.scope().isEverything()) {
            db.transaction(c -> {
                resolveTeam(c);
                return null;
            });
        }
    }

    /** How many records of the kind the export takes. */
    long count(Kind kind) {
        return count(kind.table(), "TRUE", kind.name());
    }

    /** What the file will hold about people, to say so before it leaves the laptop. */
    ExportSummary.PersonalData personalData() {
        return new ExportSummary.PersonalData(
                count("person", "TRUE", "person"),
                count("person", "email IS NOT NULL", "person"),
                count("attendance", "TRUE", "attendance"),
                count("check_in", "text IS NOT NULL", "check_in")
                        + count("check_out", "(takeaway IS NOT NULL OR intention IS NOT NULL)", "check_out")
                        + count("evaluation_answer", "text IS NOT NULL", "evaluation_answer"),
                count("check_in", "private", "check_in") + count("check_out", "private", "check_out")
                        + count("evaluation_answer", "private", "evaluation_answer"),
                count("decision_ballot", "TRUE", "decision_ballot"));
    }

    /** Rows of the table within the scope that also meet {@code condition}. */
    private long count(String table, String condition, String kind) {
        Condition where = where(kind);
        return db.transaction(c -> Sql.count(c, "SELECT COUNT(*) FROM " + table + " WHERE " + where.and(condition),
                where.params()));
    }

    /** Streams the kind's records in the scope, by id, a thousand fetched at a time: a big export needs a small heap. */
    void eachRow(Kind kind, RowSink sink) throws IOException {
        Condition where = where(kind.name());
        String sql = "SELECT " + kind.columnList() + " FROM " + kind.table() + " WHERE " + where.sql() + " ORDER BY id";
        try {
            db.transaction(c -> {
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    statement.setFetchSize(1000);
                    for (int i = 0; i < where.params().length; i++) {
                        statement.setObject(i + 1, where.params()[i]);
                    }
                    try (ResultSet row = statement.executeQuery()) {
                        Object[] values = new Object[kind.columns().size()];
                        while (row.next()) {
                            for (int i = 0; i < values.length; i++) {
                                values[i] = KindRepository.read(row, i + 1, kind.columns().get(i).type());
                            }
                            sink.accept(values);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The condition for one kind, with private rounds left out unless asked for. */
    private Condition where(String kind) {
        Condition where = scopeOf(kind);
        if (!options.includePrivate() && ROUNDS.contains(kind)) {
            where = new Condition(where.and("private = FALSE"), where.params());
        }
        return where;
    }

    private Condition scopeOf(String kind) {
        if (team == null) {
            return new Condition("TRUE", NONE);
        }
        return switch (kind) {
            case "team" -> new Condition("id = ?", new Object[] {team});
            case "membership", "meeting" -> new Condition("team_id = ?", new Object[] {team});
            case "agenda_item", "attendance", "visitor_count", "organization_visitors", "check_in", "check_out", "evaluation_answer",
                 "learning_note" -> any("meeting_id", "meeting");
            case "decision" -> any("id", "decision");
            case "decision_session", "decision_perspective", "decision_alternative", "decision_vote", "minority_condition" ->
                    any("decision_id", "decision");
            case "decision_ballot" -> any("vote_id", "decision_vote");
            case "action_item" -> any("id", "action_item");
            case "action_owner" -> any("action_id", "action_item");
            case "person" -> any("id", "person");
            case "affiliation" -> any("person_id", "person");
            case "organization" -> any("id", "organization");
            case "partnership" -> any("organization_id", "organization");
            case "venue" -> any("id", "venue");
            case "product" -> any("id", "product");
            // Only the link to this team: a product of two teams names the other team, which is not in the file.
            case "product_team" -> new Condition("team_id = ?", new Object[] {team});
            case "product_author" -> any("product_id", "product");
            // Cash contributions belong to no team: they only travel in a full export.
            case "cash_contribution" -> new Condition("FALSE", NONE);
            default -> throw new IllegalArgumentException("Unknown kind " + kind);
        };
    }

    private Condition any(String column, String kind) {
        return new Condition(column + " = ANY(?)", new Object[] {ids.get(kind)});
    }

    private void resolveTeam(Connection c) throws SQLException {
        UUID[] meetings = ids(c, "SELECT id FROM meeting WHERE team_id = ?", team);
        ids.put("meeting", meetings);
        ids.put("venue", ids(c, "SELECT DISTINCT venue_id FROM meeting WHERE team_id = ? AND venue_id IS NOT NULL", team));
        UUID[] decisions = ids(c, "SELECT id FROM decision WHERE team_id = ? OR meeting_id = ANY(?)", team, meetings);
        ids.put("decision", decisions);
        UUID[] votes = ids(c, "SELECT id FROM decision_vote WHERE decision_id = ANY(?)", (Object) decisions);
        ids.put("decision_vote", votes);
        UUID[] actions = ids(c, "SELECT id FROM action_item WHERE team_id = ? OR meeting_id = ANY(?)", team, meetings);
        ids.put("action_item", actions);

        // Everyone the team's records name: members, attendees, people in rounds, decisions and actions.
        Set<UUID> people = new LinkedHashSet<>();
        add(c, people, "SELECT person_id FROM membership WHERE team_id = ?", team);
        for (String table : new String[] {"attendance", "check_in", "check_out", "evaluation_answer"}) {
            add(c, people, "SELECT person_id FROM " + table + " WHERE meeting_id = ANY(?) AND person_id IS NOT NULL", (Object) meetings);
        }
        add(c, people, "SELECT person_id FROM decision_perspective WHERE decision_id = ANY(?) AND person_id IS NOT NULL",
                (Object) decisions);
        add(c, people, "SELECT person_id FROM decision_ballot WHERE vote_id = ANY(?) AND person_id IS NOT NULL", (Object) votes);
        add(c, people, "SELECT person_id FROM action_owner WHERE action_id = ANY(?) AND person_id IS NOT NULL", (Object) actions);
        UUID[] products = ids(c, "SELECT product_id FROM product_team WHERE team_id = ?", team);
        ids.put("product", products);
        add(c, people, "SELECT person_id FROM product_author WHERE product_id = ANY(?)", (Object) products);

        Set<UUID> organizations = new LinkedHashSet<>();
        add(c, organizations, "SELECT organization_id FROM attendance WHERE meeting_id = ANY(?) AND organization_id IS NOT NULL",
                (Object) meetings);
        add(c, organizations, "SELECT organization_id FROM learning_note WHERE meeting_id = ANY(?) AND organization_id IS NOT NULL",
                (Object) meetings);
        add(c, organizations, "SELECT organization_id FROM organization_visitors WHERE meeting_id = ANY(?)", (Object) meetings);
        // People bring their organisations (affiliations), organisations their contact persons: until nothing is added.
        UUID[] withParents;
        while (true) {
            add(c, organizations, "SELECT organization_id FROM affiliation WHERE person_id = ANY(?)", (Object) people.toArray(UUID[]::new));
            withParents = withParents(c, organizations);
            int before = people.size();
            add(c, people, "SELECT contact_person_id FROM organization WHERE id = ANY(?) AND contact_person_id IS NOT NULL",
                    (Object) withParents);
            if (people.size() == before) {
                break;
            }
        }
        ids.put("person", people.toArray(UUID[]::new));
        ids.put("organization", withParents);
    }

    /** The organisations and every organisation above them (a department's parent, its parent, …). */
    private static UUID[] withParents(Connection c, Set<UUID> organizations) throws SQLException {
        Map<UUID, UUID> parents = new HashMap<>();
        Sql.list(c, "SELECT id, parent_id FROM organization WHERE parent_id IS NOT NULL",
                row -> parents.put(Sql.uuid(row, "id"), Sql.uuid(row, "parent_id")));
        Set<UUID> all = new LinkedHashSet<>();
        for (UUID organization : organizations) {
            // The set stops a (corrupt) cycle of parents from looping for ever.
            for (UUID at = organization; at != null && all.add(at); at = parents.get(at)) {
                // walk up
            }
        }
        return all.toArray(UUID[]::new);
    }

    /** The ids the query finds, each once, in the order found. */
    private static UUID[] ids(Connection c, String sql, Object... params) throws SQLException {
        Set<UUID> found = new LinkedHashSet<>();
        add(c, found, sql, params);
        return found.toArray(UUID[]::new);
    }

    private static void add(Connection c, Set<UUID> into, String sql, Object... params) throws SQLException {
        into.addAll(Sql.list(c, sql, row -> row.getObject(1, UUID.class), params));
    }
}
