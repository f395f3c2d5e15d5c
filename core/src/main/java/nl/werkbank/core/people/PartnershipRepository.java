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

/** SQL for partnerships. */
final class PartnershipRepository {

    private static final String SELECT = "SELECT id, organization_id, role, valid_from, valid_to, created_at, updated_at"
            + " FROM partnership";

    private PartnershipRepository() {
    }

    static Partnership map(ResultSet row) throws SQLException {
        return new Partnership(Sql.uuid(row, "id"), Sql.uuid(row, "organization_id"),
                Sql.enumValue(row, "role", PartnershipRole.class), Sql.date(row, "valid_from"),
                Sql.date(row, "valid_to"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    static List<Partnership> ofOrganization(Connection c, UUID organizationId) throws SQLException {
        return Sql.list(c, SELECT + " WHERE organization_id = ? ORDER BY valid_from", PartnershipRepository::map, organizationId);
    }

    static List<Partnership> all(Connection c) throws SQLException {
        return Sql.list(c, SELECT + " ORDER BY organization_id, valid_from", PartnershipRepository::map);
    }

    static Optional<Partnership> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE id = ?", PartnershipRepository::map, id);
    }

    static Optional<Partnership> on(Connection c, UUID organizationId, LocalDate date) throws SQLException {
        return Sql.one(c, SELECT + " WHERE organization_id = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)",
                PartnershipRepository::map, organizationId, date, date);
    }

    static void insert(Connection c, Partnership p, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO partnership (id, organization_id, role, valid_from, valid_to, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", p.id(), p.organizationId(), p.role(), p.from(), p.to(), now, now);
    }

    static void update(Connection c, Partnership p, Instant now) throws SQLException {
        Sql.update(c, "UPDATE partnership SET role = ?, valid_from = ?, valid_to = ?, updated_at = ? WHERE id = ?",
                p.role(), p.from(), p.to(), now, p.id());
    }

    static Optional<PartnershipTerms> terms(Connection c, UUID partnershipId) throws SQLException {
        return Sql.one(c, "SELECT id, committed_hours, themes FROM partnership WHERE id = ?", row -> new PartnershipTerms(
                Sql.uuid(row, "id"), row.getBigDecimal("committed_hours"), row.getString("themes")), partnershipId);
    }

    static boolean saveTerms(Connection c, PartnershipTerms terms, Instant now) throws SQLException {
        return Sql.update(c, "UPDATE partnership SET committed_hours = ?, themes = ?, updated_at = ? WHERE id = ?",
                terms.committedHoursPerYear(), terms.themes(), now, terms.partnershipId()) > 0;
    }

    static void delete(Connection c, UUID id) throws SQLException {
        Sql.update(c, "DELETE FROM partnership WHERE id = ?", id);
    }
}
