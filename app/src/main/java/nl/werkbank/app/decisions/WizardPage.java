package nl.werkbank.app.decisions;

import javafx.scene.Node;

/** One page of the guided decision. */
interface WizardPage {

    Node node();

    /** Shows the current decision's state (called when the page or the decision changes). */
    void refresh();

    /** Where typing starts on this page. */
    Node focus();

    default void commitPending() {
    }
}
