package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What Rapportages shows for a period, read in one transaction so numbers and statuses agree; with each partner's
 * commitment for the period beside its delivered hours.
 */
public record HoursReport(List<Period> halfYears, HoursOverview overview, List<StatementStatus> statuses,
                         BigDecimal issuedTotal, Map<UUID, PartnerCommitments.Commitment> commitments) {
}
