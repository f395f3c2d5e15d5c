package nl.werkbank.core.hours;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.storage.Database;

/**
 * Issuing (versturen): the overview of one organisation for a period is stored as it was sent, with its
 * lines, the rules and a version number. Later edits never touch it; they show as a difference until a
 * correction (the next version) is issued. The period's issued total is the sum of the latest versions.
 */
public final class StatementService {

    private final Database db;
    private final Clock clock;
    private final HoursService hours;
    private final PartnerCommitments commitments;
    private final StatementRepository statements;

    public StatementService(Database db, Clock clock, HoursService hours, PartnerCommitments commitments) {
        this.db = db;
        this.clock = clock;
        this.hours = hours;
        this.commitments = commitments;
        this.statements = new StatementRepository(db);
    }

    /**
     * Rapportages in one read: the half-years with lines, the overview of {@code chosen} (null: the period the
     * screen opens on, {@link HoursService#suggestedPeriod}), each partner's statement status and the total issued.
     */
    public HoursReport report(Period chosen) {
        return db.atomically(() -> {
            List<Period> withLines = hours.halfYearsWithLines();
            Period target = chosen != null ? chosen : HoursService.suggestedPeriod(withLines, LocalDate.now(clock));
            HoursOverview overview = hours.overview(target);
            return new HoursReport(withLines, overview, status(overview), issuedTotal(target),
                    commitments.of(target, overview.partners()));
        });
    }

    /** What a statement freezes: the row and every line behind it. */
    record Content(String period, String rules, OrganizationHours row, List<HoursLine> lines) {
    }

    /** Issues the current overview of a partner ({@code organizationId}) or of Overig (null) as the next version. */
    public HoursStatement issue(Period period, UUID organizationId) {
        // Read and frozen in one transaction: no edit can slip in between the numbers and what is stored.
        return db.atomically(() -> issueInTransaction(period, organizationId));
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
        return statements.issue(period, organizationId, overview.rules().describe(), row, content, clock.instant());
    }

    /** Every issued version for the period, oldest first. */
    public List<HoursStatement> versions(Period period) {
        return statements.versions(period);
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

    /** Made on first use: building it loads some 400 classes, which every start-up would otherwise pay. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
