package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.util.List;

/**
 * The overview for a period: every line, one row per partner organisation, the Overig row with its
 * breakdown per organisation, and the totals. {@link #reconciles()} is the promise the coordinator signs:
 * partners + Overig = all lines.
 */
public record HoursOverview(Period period, HourRules rules, List<HoursLine> lines, List<OrganizationHours> partners,
                            OrganizationHours overig, List<OrganizationHours> overigBreakdown) {

    public BigDecimal partnersTotal() {
        return partners.stream().map(OrganizationHours::totalHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal linesTotal() {
        return lines.stream().map(HoursLine::totalHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal total() {
        return partnersTotal().add(overig.totalHours());
    }

    public BigDecimal cashTotal() {
        return partners.stream().map(OrganizationHours::cash).reduce(overig.cash(), BigDecimal::add);
    }

    public boolean reconciles() {
        return total().compareTo(linesTotal()) == 0;
    }
}
