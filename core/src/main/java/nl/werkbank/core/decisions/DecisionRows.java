package nl.werkbank.core.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import nl.werkbank.core.storage.Sql;

/** Maps the decision tables' rows to records. */
final class DecisionRows {

    private DecisionRows() {
    }

    static Decision decision(ResultSet row) throws SQLException {
        return new Decision(Sql.uuid(row, "id"), Sql.uuid(row, "meeting_id"), Sql.uuid(row, "team_id"),
                row.getString("question"), row.getInt("round"), row.getString("final_text"),
                Sql.enumValue(row, "support", Support.class), Sql.enumValue(row, "status", DecisionStatus.class),
                row.getBoolean("show_names"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    /** Expects a LEFT JOIN on person giving {@code person_name}. */
    static Perspective perspective(ResultSet row) throws SQLException {
        return new Perspective(Sql.uuid(row, "id"), Sql.uuid(row, "decision_id"), Sql.uuid(row, "meeting_id"),
                row.getInt("round"), row.getString("text"), Sql.enumValue(row, "valence", Valence.class),
                row.getBoolean("other_voice"), Sql.uuid(row, "person_id"), row.getString("person_name"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    static Alternative alternative(ResultSet row) throws SQLException {
        return new Alternative(Sql.uuid(row, "id"), Sql.uuid(row, "decision_id"), Sql.uuid(row, "meeting_id"),
                row.getInt("round"), row.getString("text"), row.getString("reason"), (Integer) row.getObject("recognised"),
                row.getString("notes"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    static Vote vote(ResultSet row) throws SQLException {
        return new Vote(Sql.uuid(row, "id"), Sql.uuid(row, "decision_id"), Sql.uuid(row, "meeting_id"), row.getInt("round"),
                row.getString("option_text"), row.getInt("votes_for"), row.getInt("votes_against"),
                row.getInt("abstentions"), row.getInt("entitled"), row.getBoolean("per_person"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    static MinorityCondition condition(ResultSet row) throws SQLException {
        return new MinorityCondition(Sql.uuid(row, "id"), Sql.uuid(row, "decision_id"), Sql.uuid(row, "meeting_id"),
                row.getString("text"), Sql.enumValue(row, "answer", ConditionAnswer.class), row.getString("answer_note"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    static DecisionSession session(ResultSet row) throws SQLException {
        return new DecisionSession(Sql.uuid(row, "meeting_id"), Sql.date(row, "meeting_date"), row.getInt("round"));
    }
}
