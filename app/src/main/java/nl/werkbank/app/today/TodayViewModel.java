package nl.werkbank.app.today;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.today.TodayOverview;

/**
 * Vandaag: today's or the next meeting (one key to open it), the meetings after it, the open actions that are
 * due, and for a Werkplaats without teams what to do first.
 */
public final class TodayViewModel {

    private final UiContext ui;
    private final java.util.function.Consumer<java.util.UUID> openMeeting;
    private final ObjectProperty<TodayOverview> snapshot = new SimpleObjectProperty<>();

    public TodayViewModel(UiContext ui, java.util.function.Consumer<java.util.UUID> openMeeting) {
        this.ui = ui;
        this.openMeeting = openMeeting;
    }

    void load() {
        BackgroundTask.wrap(() -> ui.werkbank().today().overview()).onSuccess(snapshot::set).onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    void open(MeetingRow row) {
        if (row != null) {
            openMeeting.accept(row.meeting().id());
        }
    }

    ObjectProperty<TodayOverview> snapshot() {
        return snapshot;
    }

    UiContext ui() {
        return ui;
    }
}
