package nl.werkbank.app.fx;

import javafx.scene.Node;

/** One page of the main window, reached from the navigation. */
public interface Screen {

    Node node();

    /** Called each time the screen is shown: refresh from the database. */
    default void shown() {
    }

    /** Ctrl+N: start a new record, if the screen has records. */
    default void createNew() {
    }

    /** Ctrl+F: put the cursor in the search field. */
    default void focusSearch() {
    }

    /** Store the field being typed in (before closing or switching screens). */
    default void commitPending() {
    }
}
