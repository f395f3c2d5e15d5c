package nl.werkbank.app.today;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.decisions.ActionFilter;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.ActionStatus;
import nl.werkbank.core.meetings.MeetingRow;

/**
 * Vandaag: today's or the next meeting (one key to open it), the meetings after it, the open actions that are
 * due, and for a Werkplaats without teams what to do first.
 */
public final class TodayViewModel {

    /** Actions due within this many days count as "due" on the start page. */
    static final int DUE_WITHIN_DAYS = 14;
    private static final int MAX_ACTIONS = 8;
    private static final int MAX_LATER = 3;

    /** What the page shows, read in one go. */
    record Snapshot(LocalDate today, MeetingRow next, List<MeetingRow> later, List<ActionRow> due, long overdue, long open,
                    boolean empty) {
    }

    private final UiContext ui;
    private final java.util.function.Consumer<java.util.UUID> openMeeting;
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();

    public TodayViewModel(UiContext ui, java.util.function.Consumer<java.util.UUID> openMeeting) {
        this.ui = ui;
        this.openMeeting = openMeeting;
    }

    void load() {
        BackgroundTask.wrap(this::read).onSuccess(snapshot::set).onFailure(ui::showFailure).executeWith(ui.executor());
    }

    private Snapshot read() {
        LocalDate today = LocalDate.now(ui.werkbank().clock());
        List<MeetingRow> coming = ui.werkbank().meetings().list(null, today, today.plusYears(1)).stream()
                .sorted(Comparator.comparing((MeetingRow row) -> row.meeting().date()).thenComparing(row -> row.meeting().start()))
                .toList();
        List<ActionRow> open = ui.werkbank().actions().find(new ActionFilter(null, null, ActionStatus.OPEN, false));
        List<ActionRow> due = open.stream()
                .filter(row -> row.action().dueDate() != null && !row.action().dueDate().isAfter(today.plusDays(DUE_WITHIN_DAYS)))
                .sorted(Comparator.comparing(row -> row.action().dueDate()))
                .limit(MAX_ACTIONS).toList();
        long overdue = open.stream().filter(row -> row.action().dueDate() != null && row.action().dueDate().isBefore(today)).count();
        boolean empty = ui.werkbank().teams().list().isEmpty();
        return new Snapshot(today, coming.isEmpty() ? null : coming.get(0),
                coming.stream().skip(1).limit(MAX_LATER).toList(), due, overdue, open.size(), empty);
    }

    void open(MeetingRow row) {
        if (row != null) {
            openMeeting.accept(row.meeting().id());
        }
    }

    ObjectProperty<Snapshot> snapshot() {
        return snapshot;
    }

    UiContext ui() {
        return ui;
    }
}
