package nl.werkbank.core.people;

/** trekker (leads the Werkplaats) or partner. */
public enum PartnershipRole {
    LEAD,
    PARTNER
}
