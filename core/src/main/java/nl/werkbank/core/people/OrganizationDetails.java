package nl.werkbank.core.people;

import java.util.List;

/** An organisation with its partner periods and the organisations it could be part of (all others). */
public record OrganizationDetails(Organization organization, List<Partnership> partnerships, List<Organization> otherOrganizations) {
}
