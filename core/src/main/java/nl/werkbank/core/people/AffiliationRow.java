package nl.werkbank.core.people;

/** An affiliation with its organisation's name, for the person's history. */
public record AffiliationRow(Affiliation affiliation, String organizationName) {
}
