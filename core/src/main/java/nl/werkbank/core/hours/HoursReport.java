package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.util.List;

/** What Rapportages shows for a period, read in one transaction so numbers and statuses agree. */
public record HoursReport(List<Period> halfYears, HoursOverview overview, List<StatementStatus> statuses,
                         BigDecimal issuedTotal) {
}
