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

/** SQL for organisations. */
final class OrganizationRepository {

    private static final String COLUMNS = "o.id, o.name, o.type, o.parent_id, o.created_at, o.updated_at";

    private OrganizationRepository() {
    }

    static Organization map(ResultSet row) throws SQLException {
        return new Organization(Sql.uuid(row, "id"), row.getString("name"),
                Sql.enumValue(row, "type", OrganizationType.class), Sql.uuid(row, "parent_id"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    static Optional<Organization> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM organization o WHERE o.id = ?", OrganizationRepository::map, id);
    }

    /** Organisations whose name contains {@code text} (case-insensitive), with their partner role on {@code date}. */
    static List<OrganizationRow> search(Connection c, String text, LocalDate date) throws SQLException {
        String sql = "SELECT " + COLUMNS + ", p.role AS partner_role, parent.name AS parent_name"
                + " FROM organization o"
                + " LEFT JOIN partnership p ON p.organization_id = o.id AND p.valid_from <= ?"
                + "   AND (p.valid_to IS NULL OR p.valid_to >= ?)"
                + " LEFT JOIN organization parent ON parent.id = o.parent_id"
                + " WHERE LOWER(o.name) LIKE ? ORDER BY LOWER(o.name), o.id";
        return Sql.list(c, sql, row -> new OrganizationRow(map(row),
                Sql.enumValue(row, "partner_role", PartnershipRole.class), row.getString("parent_name")),
                date, date, Sql.containsPattern(text));
    }

    static boolean nameExists(Connection c, String name, UUID exceptId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM organization WHERE LOWER(name) = ? AND id <> ?",
                name.strip().toLowerCase(), exceptId) > 0;
    }

    static void insert(Connection c, Organization o, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO organization (id, name, type, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                o.id(), o.name(), o.type(), o.parentId(), now, now);
    }

    static void update(Connection c, Organization o, Instant now) throws SQLException {
        Sql.update(c, "UPDATE organization SET name = ?, type = ?, parent_id = ?, updated_at = ? WHERE id = ?",
                o.name(), o.type(), o.parentId(), now, o.id());
    }

    static void delete(Connection c, UUID id) throws SQLException {
        Sql.update(c, "DELETE FROM organization WHERE id = ?", id);
    }

    /** Every organisation's contact person's name, by organisation (a read model for the hours files). */
    static java.util.Map<UUID, String> contactNames(Connection c) throws SQLException {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        Sql.list(c, "SELECT o.id, p.name FROM organization o JOIN person p ON p.id = o.contact_person_id",
                row -> names.put(Sql.uuid(row, "id"), row.getString("name")));
        return names;
    }

    static Optional<UUID> contactPerson(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT contact_person_id FROM organization WHERE id = ? AND contact_person_id IS NOT NULL",
                row -> Sql.uuid(row, "contact_person_id"), id);
    }

    static boolean setContactPerson(Connection c, UUID id, UUID personId, Instant now) throws SQLException {
        return Sql.update(c, "UPDATE organization SET contact_person_id = ?, updated_at = ? WHERE id = ?", personId, now, id) > 0;
    }

    static long affiliationCount(Connection c, UUID id) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM affiliation WHERE organization_id = ?", id);
    }

    static long childCount(Connection c, UUID id) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM organization WHERE parent_id = ?", id);
    }

}
