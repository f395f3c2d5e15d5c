package nl.werkbank.app.meetings;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** mm:ss since the current speaker started, ticking once a second. */
final class SpeakerTimer {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    SpeakerTimer(ObjectProperty<Instant> since) {
        Timeline ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), event -> update(since.get())));
        ticks.setCycleCount(Timeline.INDEFINITE);
        ticks.play();
        since.addListener((obs, old, now) -> update(now));
        update(since.get());
    }

    private void update(Instant since) {
        if (since == null) {
            text.set("");
            return;
        }
        long seconds = Math.max(0, Duration.between(since, Instant.now()).getSeconds());
        text.set(String.format("%02d:%02d", seconds / 60, seconds % 60));
    }

    ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }
}
