package nl.werkbank.core.people;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.storage.Sql;

/** SQL for persons. */
final class PersonRepository {

    private static final String COLUMNS = "p.id, p.name, p.email, p.function_title, p.created_at, p.updated_at";

    private PersonRepository() {
    }

    static Person map(ResultSet row) throws SQLException {
        return new Person(Sql.uuid(row, "id"), row.getString("name"), row.getString("email"),
                row.getString("function_title"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    static Optional<Person> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM person p WHERE p.id = ?", PersonRepository::map, id);
    }

    /** People whose name, e-mail or organisation on {@code date} contains {@code text}. */
    static List<PersonRow> search(Connection c, String text, LocalDate date) throws SQLException {
        String sql = "SELECT " + COLUMNS + ", o.name AS organization_name FROM person p"
                + " LEFT JOIN affiliation a ON a.person_id = p.id AND a.valid_from <= ?"
                + "   AND (a.valid_to IS NULL OR a.valid_to >= ?)"
                + " LEFT JOIN organization o ON o.id = a.organization_id"
                + " WHERE LOWER(p.name) LIKE ? OR LOWER(p.email) LIKE ? OR LOWER(o.name) LIKE ?"
                + " ORDER BY LOWER(p.name), p.id";
        String pattern = Sql.containsPattern(text);
        return Sql.list(c, sql, row -> new PersonRow(map(row), row.getString("organization_name")),
                date, date, pattern, pattern, pattern);
    }

    static boolean erased(Connection c, UUID id) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM person WHERE id = ? AND erased_at IS NOT NULL", id) > 0;
    }

    static boolean nameExists(Connection c, String name, UUID exceptId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM person WHERE LOWER(name) = ? AND id <> ?",
                name.strip().toLowerCase(), exceptId) > 0;
    }

    static void insert(Connection c, Person p, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO person (id, name, email, function_title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                p.id(), p.name(), p.email(), p.function(), now, now);
    }

    static void update(Connection c, Person p, Instant now) throws SQLException {
        Sql.update(c, "UPDATE person SET name = ?, email = ?, function_title = ?, updated_at = ? WHERE id = ?",
                p.name(), p.email(), p.function(), now, p.id());
    }

    static void delete(Connection c, UUID id) throws SQLException {
        Sql.update(c, "DELETE FROM person WHERE id = ?", id);
    }
}
