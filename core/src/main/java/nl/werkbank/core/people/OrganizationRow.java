package nl.werkbank.core.people;

/** An organisation for lists: with its partner role on the list's date (null: not a partner then). */
public record OrganizationRow(Organization organization, PartnershipRole partnerRole, String parentName) {
}
