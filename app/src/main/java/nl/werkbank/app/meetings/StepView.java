package nl.werkbank.app.meetings;

import javafx.scene.Node;

/** One step of the meeting screen. */
interface StepView {

    Node node();

    /** Called each time the step is shown. */
    default void shown() {
    }

    /** Ctrl+N: the new thing this step makes (a guest, an action, a decision, a learning note). */
    default void createNew() {
    }

    /** Store what is being typed (leaving the step or the meeting). */
    default void commitPending() {
    }
}
