package nl.werkbank.core.people;

import java.util.List;
import java.util.UUID;

/**
 * An organisation with its partner periods, the organisations it could be part of (all others), its contact person
 * (null: none) and the people who can be it (everyone).
 */
public record OrganizationDetails(Organization organization, List<Partnership> partnerships, List<Organization> otherOrganizations,
                                  UUID contactPersonId, List<Person> people) {
}
