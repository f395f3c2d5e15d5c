package nl.werkbank.core.meetings;

import java.util.UUID;

/**
 * A walk-in guest: an existing person ({@code personId}) or a new one ({@code newPersonName}), with an
 * existing organisation, a new one by name, or none. Not made a team member unless {@code makeMember}.
 */
public record GuestRequest(UUID personId, String newPersonName, UUID organizationId, String newOrganizationName,
                           boolean makeMember, boolean allowDuplicateName) {
}
