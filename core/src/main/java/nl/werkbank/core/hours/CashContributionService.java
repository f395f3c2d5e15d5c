package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.storage.Tombstones;

/** Bijdragen in geld. Amounts are exact euros with at most two decimals; a correction may be negative. */
public final class CashContributionService {

    private static final BigDecimal MAX = new BigDecimal("1000000000");

    private final Database db;
    private final Clock clock;

    public CashContributionService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<CashContribution> in(Period period) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM cash_contribution WHERE contribution_date BETWEEN ? AND ?"
                + " ORDER BY contribution_date, id", CashContributionService::map, period.from(), period.to()));
    }

    /** All contributions of one organisation, newest first. */
    public List<CashContribution> of(UUID organizationId) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM cash_contribution WHERE organization_id = ?"
                + " ORDER BY contribution_date DESC, id", CashContributionService::map, organizationId));
    }

    public CashContribution save(CashContribution contribution) {
        String description = Validator.clean(contribution.description());
        Validator validator = new Validator()
                .required("organization", contribution.organizationId(), "error.organization.required")
                .required("date", contribution.date(), "error.date.required")
                .required("amount", contribution.amount(), "error.amount.required")
                .maxLength("description", description, 500);
        BigDecimal amount = contribution.amount();
        if (amount != null && (amount.signum() == 0 || amount.abs().compareTo(MAX) >= 0 || amount.stripTrailingZeros().scale() > 2)) {
            validator.add(Problem.of("amount", "error.amount.invalid"));
        }
        validator.throwIfInvalid();
        return db.transaction(c -> {
            Instant now = clock.instant();
            int updated = Sql.update(c, "UPDATE cash_contribution SET organization_id = ?, contribution_date = ?, amount = ?,"
                    + " description = ?, updated_at = ? WHERE id = ?", contribution.organizationId(), contribution.date(),
                    amount.setScale(2), description, now, contribution.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO cash_contribution (id, organization_id, contribution_date, amount, description,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", contribution.id(), contribution.organizationId(),
                        contribution.date(), amount.setScale(2), description, now, now);
            }
            return Sql.one(c, "SELECT * FROM cash_contribution WHERE id = ?", CashContributionService::map, contribution.id())
                    .orElseThrow();
        });
    }

    public void delete(UUID id) {
        db.transaction(c -> {
            Sql.update(c, "DELETE FROM cash_contribution WHERE id = ?", id);
            Tombstones.record(c, "cash_contribution", id, clock.instant());
            return null;
        });
    }

    private static CashContribution map(ResultSet row) throws SQLException {
        return new CashContribution(Sql.uuid(row, "id"), Sql.uuid(row, "organization_id"), Sql.date(row, "contribution_date"),
                row.getBigDecimal("amount"), row.getString("description"), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"));
    }
}
