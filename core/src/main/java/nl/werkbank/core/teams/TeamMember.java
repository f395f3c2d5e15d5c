package nl.werkbank.core.teams;

/** A membership with the person's name and the organisation they represent(ed) in it. */
public record TeamMember(Membership membership, String personName, String organizationName) {
}
