package nl.werkbank.core.hours;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/**
 * Issuing (versturen): the overview of one organisation for a period is stored as it was sent, with its
 * lines, the rules and a version number. Later edits never touch it; they show as a difference until a
 * correction (the next version) is issued. The period's issued total is the sum of the latest versions.
 */
public final class StatementService {

    private final Database db;
    private final Clock clock;
    private final HoursService hours;

    public StatementService(Database db, Clock clock, HoursService hours) {
        this.db = db;
        this.clock = clock;
        this.hours = hours;
    }

    /** What a statement freezes: the row and every line behind it. */
    record Content(String period, String rules, OrganizationHours row, List<HoursLine> lines) {
    }

    /** Issues the current overview of a partner ({@code organizationId}) or of Overig (null) as the next version. */
    public HoursStatement issue(Period period, UUID organizationId) {
        // Read and frozen in one transaction: no edit can slip in between the numbers and what is stored.
        return db.transaction(outer -> issueInTransaction(period, organizationId));
    }

    private HoursStatement issueInTransaction(Period period, UUID organizationId) {
        HoursOverview overview = hours.overview(period);
        OrganizationHours row = organizationId == null ? overview.overig() : overview.partners().stream()
                .filter(p -> p.organizationId().equals(organizationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("partner", organizationId));
        String content;
        try {
            content = Json.MAPPER.writeValueAsString(new Content(period.label(), overview.rules().describe(), row,
                    HoursService.linesOf(overview, row)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("statement content", e);
        }
        return db.transaction(c -> {
            int version = Sql.one(c, "SELECT MAX(version) FROM hours_statement WHERE organization_id IS NOT DISTINCT FROM ?"
                    + " AND period_from = ? AND period_to = ?", r -> r.getInt(1), organizationId, period.from(), period.to())
                    .orElse(0) + 1;
            UUID id = UUID.randomUUID();
            Instant now = clock.instant();
            Sql.update(c, "INSERT INTO hours_statement (id, organization_id, period_from, period_to, version, issued_at, rules,"
                    + " total_hours, total_cash, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, organizationId, period.from(), period.to(), version, now, overview.rules().describe(),
                    row.totalHours(), row.cash(), content, now, now);
            return Sql.one(c, "SELECT * FROM hours_statement WHERE id = ?", r -> map(r, period), id).orElseThrow();
        });
    }

    /** Every issued version for the period, oldest first. */
    public List<HoursStatement> versions(Period period) {
        return db.transaction(c -> Sql.list(c, "SELECT * FROM hours_statement WHERE period_from = ? AND period_to = ?"
                + " ORDER BY version, issued_at", r -> map(r, period), period.from(), period.to()));
    }

    /** Per partner row and for Overig: the latest issued version compared with the numbers now. */
    public List<StatementStatus> status(HoursOverview overview) {
        Map<UUID, HoursStatement> latest = new HashMap<>();
        HoursStatement latestOverig = null;
        for (HoursStatement statement : versions(overview.period())) {
            if (statement.organizationId() == null) {
                latestOverig = statement;
            } else {
                latest.put(statement.organizationId(), statement);
            }
        }
        List<StatementStatus> result = new ArrayList<>();
        for (OrganizationHours partner : overview.partners()) {
            result.add(new StatementStatus(partner.organizationId(), latest.get(partner.organizationId()),
                    partner.totalHours(), partner.cash()));
        }
        result.add(new StatementStatus(null, latestOverig, overview.overig().totalHours(), overview.overig().cash()));
        return result;
    }

    /** The period total as sent: the sum of the latest issued versions. */
    public BigDecimal issuedTotal(Period period) {
        Map<UUID, HoursStatement> latest = new HashMap<>();
        for (HoursStatement statement : versions(period)) {
            latest.put(Objects.requireNonNullElse(statement.organizationId(), OVERIG), statement);
        }
        return latest.values().stream().map(HoursStatement::totalHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static final UUID OVERIG = new UUID(0, 0);

    private static HoursStatement map(ResultSet row, Period period) throws SQLException {
        return new HoursStatement(Sql.uuid(row, "id"), Sql.uuid(row, "organization_id"), period, row.getInt("version"),
                Sql.instant(row, "issued_at"), row.getString("rules"), row.getBigDecimal("total_hours"),
                row.getBigDecimal("total_cash"), row.getString("content"));
    }

    /** Made on first use: building it loads some 400 classes, which every start-up would otherwise pay. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
