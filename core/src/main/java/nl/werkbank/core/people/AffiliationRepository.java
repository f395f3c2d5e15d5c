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

/** SQL for affiliations (dienstverbanden). */
final class AffiliationRepository {

    private static final String SELECT = "SELECT a.id, a.person_id, a.organization_id, a.valid_from, a.valid_to,"
            + " a.created_at, a.updated_at, o.name AS organization_name"
            + " FROM affiliation a JOIN organization o ON o.id = a.organization_id";

    private AffiliationRepository() {
    }

    static AffiliationRow map(ResultSet row) throws SQLException {
        Affiliation affiliation = new Affiliation(Sql.uuid(row, "id"), Sql.uuid(row, "person_id"),
                Sql.uuid(row, "organization_id"), Sql.date(row, "valid_from"), Sql.date(row, "valid_to"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
        return new AffiliationRow(affiliation, row.getString("organization_name"));
    }

    static List<AffiliationRow> ofPerson(Connection c, UUID personId) throws SQLException {
        return Sql.list(c, SELECT + " WHERE a.person_id = ? ORDER BY a.valid_from", AffiliationRepository::map, personId);
    }

    static Optional<AffiliationRow> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE a.id = ?", AffiliationRepository::map, id);
    }

    static Optional<AffiliationRow> on(Connection c, UUID personId, LocalDate date) throws SQLException {
        return Sql.one(c, SELECT + " WHERE a.person_id = ? AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?)",
                AffiliationRepository::map, personId, date, date);
    }

    static List<UUID> idsOfPerson(Connection c, UUID personId) throws SQLException {
        return Sql.list(c, "SELECT id FROM affiliation WHERE person_id = ?", row -> Sql.uuid(row, "id"), personId);
    }

    static void insert(Connection c, Affiliation a, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO affiliation (id, person_id, organization_id, valid_from, valid_to, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", a.id(), a.personId(), a.organizationId(), a.from(), a.to(), now, now);
    }

    static void update(Connection c, Affiliation a, Instant now) throws SQLException {
        Sql.update(c, "UPDATE affiliation SET organization_id = ?, valid_from = ?, valid_to = ?, updated_at = ? WHERE id = ?",
                a.organizationId(), a.from(), a.to(), now, a.id());
    }

    static void delete(Connection c, UUID id) throws SQLException {
        Sql.update(c, "DELETE FROM affiliation WHERE id = ?", id);
    }
}
