package nl.werkbank.core.hours;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/** SQL for issued statements (verstuurde overzichten); each call joins the caller's transaction. */
final class StatementRepository {

    private final Database db;

    StatementRepository(Database db) {
        this.db = db;
    }

    /** Stores the row as the next version for this organisation (null: Overig) and period. */
    HoursStatement issue(Period period, UUID organizationId, String rules, OrganizationHours row, String content, Instant now) {
        return db.transaction(c -> {
            int version = Sql.one(c, "SELECT MAX(version) FROM hours_statement WHERE organization_id IS NOT DISTINCT FROM ?"
                    + " AND period_from = ? AND period_to = ?", r -> r.getInt(1), organizationId, period.from(), period.to())
                    .orElse(0) + 1;
            UUID id = UUID.randomUUID();
            Sql.update(c, "INSERT INTO hours_statement (id, organization_id, period_from, period_to, version, issued_at, rules,"
                    + " total_hours, total_cash, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, organizationId, period.from(), period.to(), version, now, rules, row.totalHours(), row.cash(), content,
                    now, now);
            return Sql.one(c, "SELECT * FROM hours_statement WHERE id = ?", r -> map(r, period), id).orElseThrow();
        });
    }

    List<HoursStatement> versions(Period period) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM hours_statement WHERE period_from = ? AND period_to = ?"
                + " ORDER BY version, issued_at", r -> map(r, period), period.from(), period.to()));
    }

    private static HoursStatement map(ResultSet row, Period period) throws SQLException {
        return new HoursStatement(Sql.uuid(row, "id"), Sql.uuid(row, "organization_id"), period, row.getInt("version"),
                Sql.instant(row, "issued_at"), row.getString("rules"), row.getBigDecimal("total_hours"),
                row.getBigDecimal("total_cash"), row.getString("content"));
    }
}
