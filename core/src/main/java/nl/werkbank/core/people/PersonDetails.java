package nl.werkbank.core.people;

import java.util.List;
import nl.werkbank.core.teams.PersonMembership;

/** A person with what the people screen shows beside them: affiliations and team memberships. */
public record PersonDetails(Person person, List<AffiliationRow> affiliations, List<PersonMembership> memberships) {
}
