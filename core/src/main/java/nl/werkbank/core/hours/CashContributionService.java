package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Tombstones;

/** Bijdragen in geld. Amounts are exact euros with at most two decimals; a correction may be negative. */
public final class CashContributionService {

    private static final BigDecimal MAX = new BigDecimal("1000000000");

    private final Database db;
    private final Clock clock;
    private final CashContributionRepository contributions;

    public CashContributionService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.contributions = new CashContributionRepository(db);
    }

    public List<CashContribution> in(Period period) {
        return contributions.in(period);
    }

    /** All contributions of one organisation, newest first. */
    public List<CashContribution> of(UUID organizationId) {
        return contributions.of(organizationId);
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
        return contributions.save(contribution, amount.setScale(2), description, clock.instant());
    }

    public void delete(UUID id) {
        db.atomically(() -> {
            contributions.delete(id);
            Tombstones.record(db, "cash_contribution", id, clock.instant());
            return null;
        });
    }
}
