package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/** SQL for bijdragen in geld; each call joins the caller's transaction. */
final class CashContributionRepository {

    private final Database db;

    CashContributionRepository(Database db) {
        this.db = db;
    }

    List<CashContribution> in(Period period) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM cash_contribution WHERE contribution_date BETWEEN ? AND ?"
                + " ORDER BY contribution_date, id", CashContributionRepository::map, period.from(), period.to()));
    }

    List<CashContribution> of(UUID organizationId) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM cash_contribution WHERE organization_id = ?"
                + " ORDER BY contribution_date DESC, id", CashContributionRepository::map, organizationId));
    }

    /** Updates the contribution, or inserts it when it is new; returns it as stored. */
    CashContribution save(CashContribution contribution, BigDecimal amount, String description, Instant now) {
        return db.transaction(c -> {
            int updated = Sql.update(c, "UPDATE cash_contribution SET organization_id = ?, contribution_date = ?, amount = ?,"
                    + " description = ?, updated_at = ? WHERE id = ?", contribution.organizationId(), contribution.date(),
                    amount, description, now, contribution.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO cash_contribution (id, organization_id, contribution_date, amount, description,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", contribution.id(), contribution.organizationId(),
                        contribution.date(), amount, description, now, now);
            }
            return Sql.one(c, "SELECT * FROM cash_contribution WHERE id = ?", CashContributionRepository::map, contribution.id())
                    .orElseThrow();
        });
    }

    void delete(UUID id) {
        db.transaction(c -> Sql.update(c, "DELETE FROM cash_contribution WHERE id = ?", id));
    }

    private static CashContribution map(ResultSet row) throws SQLException {
        return new CashContribution(Sql.uuid(row, "id"), Sql.uuid(row, "organization_id"), Sql.date(row, "contribution_date"),
                row.getBigDecimal("amount"), row.getString("description"), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"));
    }
}
