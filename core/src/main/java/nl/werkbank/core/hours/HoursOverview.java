package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.util.List;

/**
 * The overview for a period: every line, one row per partner organisation, the Overig row with its
 * breakdown per organisation, and the totals. {@link #reconciles()} is the promise the coordinator signs:
 * partners + Overig = all lines.
 *
 * <p>An overview made for streaming ({@link HoursService#streamed}) does not hold its lines ({@code lines} is
 * null and {@link #lines()} refuses); its count and total were summed while they passed, and
 * {@link HoursLineSource} walks them again from the database.
 */
public record HoursOverview(Period period, HourRules rules, List<HoursLine> lines, int lineCount, BigDecimal linesTotal,
                            List<OrganizationHours> partners, OrganizationHours overig, List<OrganizationHours> overigBreakdown) {

    /** Every line in report order; only for an overview that holds them (not a streamed one). */
    @Override
    public List<HoursLine> lines() {
        if (lines == null) {
            throw new IllegalStateException("A streamed overview does not hold its lines: walk its HoursLineSource");
        }
        return lines;
    }

    public boolean holdsLines() {
        return lines != null;
    }

    public BigDecimal partnersTotal() {
        return partners.stream().map(OrganizationHours::totalHours).reduce(BigDecimal.ZERO, BigDecimal::add);
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
