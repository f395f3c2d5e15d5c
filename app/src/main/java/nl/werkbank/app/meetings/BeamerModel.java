package nl.werkbank.app.meetings;

import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the group sees on the beamer: a heading, the question, whose turn it is (name only) and since
 * when, and the agenda item in progress. Nothing typed about a person ever goes here.
 */
final class BeamerModel {

    final StringProperty heading = new SimpleStringProperty("");
    final StringProperty question = new SimpleStringProperty("");
    final StringProperty speaker = new SimpleStringProperty("");
    final ObjectProperty<Instant> speakerSince = new SimpleObjectProperty<>();
    final StringProperty agendaItem = new SimpleStringProperty("");
    final BooleanProperty showing = new SimpleBooleanProperty(false);
    /** Short lines of the decision step being worked on (perspectives, the vote); names only if chosen. */
    final ObservableList<String> lines = FXCollections.observableArrayList();

    void speaker(String name, Instant since) {
        speaker.set(name == null ? "" : name);
        speakerSince.set(name == null ? null : since);
    }
}
