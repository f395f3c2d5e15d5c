package nl.werkbank.app.meetings;

import java.util.List;
import java.util.stream.Stream;
import nl.werkbank.core.meetings.MeetingType;

/**
 * The steps of the meeting screen, in the order of a meeting. Ctrl+1…9 reach them by the number shown in the rail:
 * the evaluation rounds are a step only for a focusgroep or evaluatie, so for other meetings the numbers stay 1…8.
 */
enum MeetingStep {
    PREPARATION,
    ATTENDANCE,
    CHECK_IN,
    ACTIONS,
    AGENDA,
    EVALUATION,
    DECISIONS,
    CHECK_OUT,
    REPORT;

    /** The steps a meeting of this type shows, in rail order. */
    static List<MeetingStep> of(MeetingType type) {
        boolean evaluation = type != null && type.hasEvaluationRounds();
        return Stream.of(values()).filter(step -> step != EVALUATION || evaluation).toList();
    }
}
