package nl.werkbank.core.teams;

/** Role in a werkteam; UI words in the bundles under {@code membershipRole.*}. */
public enum MembershipRole {
    MEMBER,
    CORE_MEMBER,
    FACILITATOR,
    TEACHER_RESEARCHER,
    STUDENT,
    RESIDENT,
    GUEST
}
