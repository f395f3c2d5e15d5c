package nl.werkbank.core.people;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a partner committed to for one partner period: in-kind hours per year (null: none agreed) and the theme(s)
 * or werkteam(s) it chose. The hours overview puts the commitment beside what was delivered.
 */
public record PartnershipTerms(UUID partnershipId, BigDecimal committedHoursPerYear, String themes) {
}
