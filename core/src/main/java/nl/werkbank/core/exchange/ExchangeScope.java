package nl.werkbank.core.exchange;

import java.util.UUID;

/**
 * What an export carries: everything, or one werkteam with what its records refer to (members, people who
 * attended, their organisations and partnerships, venues). Cash contributions belong to no team and only travel
 * in a full export.
 */
public record ExchangeScope(UUID teamId, String teamName) {

    public static ExchangeScope everything() {
        return new ExchangeScope(null, null);
    }

    public static ExchangeScope team(UUID teamId, String teamName) {
        return new ExchangeScope(teamId, teamName);
    }

    public boolean isEverything() {
        return teamId == null;
    }

    /** The SQL condition selecting this scope's rows of a kind; the team id is our own UUID, safe to inline. */
    String where(String kind) {
        if (isEverything()) {
            return "TRUE";
        }
        String team = "'" + teamId + "'";
        String meetings = "SELECT id FROM meeting WHERE team_id = " + team;
        String decisions = "SELECT id FROM decision WHERE team_id = " + team + " OR meeting_id IN (" + meetings + ")";
        String actions = "SELECT id FROM action_item WHERE team_id = " + team + " OR meeting_id IN (" + meetings + ")";
        String people = "SELECT person_id FROM membership WHERE team_id = " + team
                + " UNION SELECT person_id FROM attendance WHERE meeting_id IN (" + meetings + ")"
                + " UNION SELECT person_id FROM check_in WHERE meeting_id IN (" + meetings + ")"
                + " UNION SELECT person_id FROM check_out WHERE meeting_id IN (" + meetings + ")"
                + " UNION SELECT person_id FROM decision_perspective WHERE person_id IS NOT NULL AND decision_id IN (" + decisions + ")"
                + " UNION SELECT b.person_id FROM decision_ballot b JOIN decision_vote v ON v.id = b.vote_id"
                + "   WHERE v.decision_id IN (" + decisions + ")"
                + " UNION SELECT person_id FROM action_owner WHERE action_id IN (" + actions + ")";
        String directOrganizations = "SELECT organization_id FROM affiliation WHERE person_id IN (" + people + ")"
                + " UNION SELECT organization_id FROM attendance WHERE organization_id IS NOT NULL AND meeting_id IN (" + meetings + ")"
                + " UNION SELECT organization_id FROM learning_note WHERE organization_id IS NOT NULL AND meeting_id IN (" + meetings + ")";
        // Parents of those organisations too (a department's parent), three levels deep is more than any Werkplaats has.
        String organizations = "SELECT id FROM organization WHERE id IN (" + directOrganizations + ")"
                + " OR id IN (SELECT parent_id FROM organization WHERE id IN (" + directOrganizations + "))"
                + " OR id IN (SELECT p.parent_id FROM organization p JOIN organization c ON c.parent_id = p.id"
                + "   WHERE c.id IN (" + directOrganizations + "))";
        return switch (kind) {
            case "team" -> "id = " + team;
            case "membership", "meeting" -> "team_id = " + team;
            case "agenda_item", "attendance", "visitor_count", "check_in", "check_out", "learning_note" ->
                    "meeting_id IN (" + meetings + ")";
            case "decision" -> "id IN (" + decisions + ")";
            case "decision_session", "decision_perspective", "decision_alternative", "decision_vote", "minority_condition" ->
                    "decision_id IN (" + decisions + ")";
            case "decision_ballot" -> "vote_id IN (SELECT id FROM decision_vote WHERE decision_id IN (" + decisions + "))";
            case "action_item" -> "id IN (" + actions + ")";
            case "action_owner" -> "action_id IN (" + actions + ")";
            case "person" -> "id IN (" + people + ")";
            case "affiliation" -> "person_id IN (" + people + ")";
            case "organization" -> "id IN (" + organizations + ")";
            case "partnership" -> "organization_id IN (" + organizations + ")";
            case "venue" -> "id IN (SELECT venue_id FROM meeting WHERE team_id = " + team + ")";
            case "cash_contribution" -> "FALSE";
            default -> throw new IllegalArgumentException("Unknown kind " + kind);
        };
    }
}
