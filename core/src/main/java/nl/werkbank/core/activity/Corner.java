package nl.werkbank.core.activity;

import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.teams.MembershipRole;

/**
 * The seeds' vierhoek: who sits at the table. Beleid (municipalities), uitvoering (welfare, care, social enterprise,
 * culture), onderwijs (universities, teachers and students), bewoners (residents and their organisations).
 */
public enum Corner {
    POLICY,
    PRACTICE,
    EDUCATION,
    RESIDENTS,
    OTHER;

    /** By role first (a student or resident is that whatever their employer), then by the organisation's type. */
    public static Corner of(MembershipRole role, OrganizationType organization) {
        if (role == MembershipRole.RESIDENT) {
            return RESIDENTS;
        }
        if (role == MembershipRole.STUDENT || role == MembershipRole.TEACHER_RESEARCHER) {
            return EDUCATION;
        }
        if (organization == null) {
            return OTHER;
        }
        return switch (organization) {
            case MUNICIPALITY -> POLICY;
            case UNIVERSITY_OF_APPLIED_SCIENCES -> EDUCATION;
            case RESIDENTS_ORGANIZATION -> RESIDENTS;
            case WELFARE_CARE, SOCIAL_ENTERPRISE, ARTS_CULTURE -> PRACTICE;
            case OTHER -> OTHER;
        };
    }
}
