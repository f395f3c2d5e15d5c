package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One row of the overview: a partner organisation, the Overig total, or one part of Overig (an
 * organisation, people without organisation, or counted visitors).
 */
public record OrganizationHours(Kind kind, UUID organizationId, String name, boolean partner, long people, long meetings,
                                BigDecimal meetingHours, BigDecimal preparationHours, BigDecimal travelHours,
                                BigDecimal valueEuros, BigDecimal cash) {

    public enum Kind { ORGANIZATION, NO_ORGANIZATION, VISITORS, OVERIG }

    public BigDecimal totalHours() {
        return meetingHours.add(preparationHours).add(travelHours);
    }
}
