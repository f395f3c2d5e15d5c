package nl.werkbank.app.meetings;

import javafx.scene.input.KeyCode;

/** The steps of the meeting screen, in the order of a meeting; Ctrl+1…8 reach them. */
enum MeetingStep {
    PREPARATION(KeyCode.DIGIT1),
    ATTENDANCE(KeyCode.DIGIT2),
    CHECK_IN(KeyCode.DIGIT3),
    ACTIONS(KeyCode.DIGIT4),
    AGENDA(KeyCode.DIGIT5),
    DECISIONS(KeyCode.DIGIT6),
    CHECK_OUT(KeyCode.DIGIT7),
    REPORT(KeyCode.DIGIT8);

    final KeyCode key;

    MeetingStep(KeyCode key) {
        this.key = key;
    }
}
