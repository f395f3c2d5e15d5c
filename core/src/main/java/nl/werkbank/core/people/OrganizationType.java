package nl.werkbank.core.people;

/** Kind of organisation; UI words in the bundles under {@code organizationType.*}. */
public enum OrganizationType {
    MUNICIPALITY,
    UNIVERSITY_OF_APPLIED_SCIENCES,
    WELFARE_CARE,
    SOCIAL_ENTERPRISE,
    RESIDENTS_ORGANIZATION,
    ARTS_CULTURE,
    OTHER
}
