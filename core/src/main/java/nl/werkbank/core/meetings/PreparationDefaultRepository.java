package nl.werkbank.core.meetings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.teams.MembershipRole;

/** SQL for the default preparation hours per role; each call joins the caller's transaction. */
final class PreparationDefaultRepository {

    private final Database db;

    PreparationDefaultRepository(Database db) {
        this.db = db;
    }

    /** The roles that have a stored default. */
    Map<MembershipRole, BigDecimal> stored() {
        return db.transaction(c -> {
            Map<MembershipRole, BigDecimal> stored = new EnumMap<>(MembershipRole.class);
            for (var entry : Sql.list(c, "SELECT role, hours FROM preparation_default",
                    row -> Map.entry(row.getString("role"), row.getBigDecimal("hours")))) {
                stored.put(MembershipRole.valueOf(entry.getKey()), entry.getValue());
            }
            return stored;
        });
    }

    void set(MembershipRole role, BigDecimal hours, Instant now) {
        db.transaction(c -> Sql.update(c, "MERGE INTO preparation_default (role, hours, updated_at) KEY (role) VALUES (?, ?, ?)",
                role, hours, now));
    }
}
