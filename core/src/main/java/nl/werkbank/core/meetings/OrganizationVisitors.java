package nl.werkbank.core.meetings;

import java.util.UUID;

/**
 * Visitors of a public meeting counted under an organisation (colleagues, managers a member brought along). They
 * count as that organisation's in-kind hours when it was a partner on the meeting date; anonymous headcounts do not.
 */
public record OrganizationVisitors(UUID organizationId, String organizationName, int visitors) {
}
