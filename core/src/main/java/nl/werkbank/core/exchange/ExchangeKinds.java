package nl.werkbank.core.exchange;

import java.util.List;
import java.util.Map;
import nl.werkbank.core.decisions.ActionStatus;
import nl.werkbank.core.decisions.ConditionAnswer;
import nl.werkbank.core.decisions.DecisionStatus;
import nl.werkbank.core.decisions.Support;
import nl.werkbank.core.decisions.Valence;
import nl.werkbank.core.decisions.VoteChoice;
import nl.werkbank.core.learning.FollowUpStatus;
import nl.werkbank.core.learning.LearningForm;
import nl.werkbank.core.learning.LearningLevel;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.EvaluationQuestion;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.VisitorCategory;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.PartnershipRole;
import nl.werkbank.core.products.ProductType;
import nl.werkbank.core.teams.MembershipRole;

/**
 * The kinds of records that travel between laptops, parents before children so an import can insert them in
 * this order. Columns, types and references come from the schema itself, so a new column travels without
 * code to keep up to date. Settings, hourly rates and issued statements stay on the coordinator's laptop.
 */
final class ExchangeKinds {

    static final List<String> ORDER = List.of("person", "organization", "partnership", "affiliation", "team", "membership",
            "venue", "meeting", "agenda_item", "attendance", "visitor_count", "organization_visitors",
            "check_in", "check_out", "evaluation_answer", "learning_note",
            "cash_contribution", "decision", "decision_session", "decision_perspective", "decision_alternative",
            "decision_vote", "decision_ballot", "minority_condition", "action_item", "action_owner", "product",
            "product_team", "product_author");

    /** Coded columns: the file may only hold the values the application knows. */
    private static final Map<String, Class<? extends Enum<?>>> CODES = Map.ofEntries(
            Map.entry("organization.type", OrganizationType.class), Map.entry("partnership.role", PartnershipRole.class),
            Map.entry("membership.role", MembershipRole.class), Map.entry("meeting.type", MeetingType.class),
            Map.entry("meeting.mode", MeetingMode.class), Map.entry("attendance.role", MembershipRole.class),
            Map.entry("attendance.status", AttendanceStatus.class), Map.entry("visitor_count.category", VisitorCategory.class),
            Map.entry("learning_note.level", LearningLevel.class), Map.entry("learning_note.form", LearningForm.class),
            Map.entry("decision.support", Support.class), Map.entry("decision.status", DecisionStatus.class),
            Map.entry("decision_perspective.valence", Valence.class), Map.entry("decision_ballot.choice", VoteChoice.class),
            Map.entry("minority_condition.answer", ConditionAnswer.class), Map.entry("action_item.status", ActionStatus.class),
            Map.entry("learning_note.follow_up", FollowUpStatus.class), Map.entry("product.type", ProductType.class),
            Map.entry("evaluation_answer.question", EvaluationQuestion.class));

    /** Bookkeeping column on every exchanged table (V5__exchange.sql); it does not travel. */
    static final String EXCHANGED_AT = "exchanged_at";

    private ExchangeKinds() {
    }

    /** The values a coded column may hold (empty: any text). */
    static List<String> allowed(String kind, String column) {
        Class<? extends Enum<?>> codes = CODES.get(kind + "." + column);
        return codes == null ? List.of() : java.util.Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
    }
}
