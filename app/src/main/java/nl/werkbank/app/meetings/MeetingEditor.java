package nl.werkbank.app.meetings;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.werkbank.app.fx.RecordEditor;
import nl.werkbank.app.fx.TimeText;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;

/** The meeting's facts (Voorbereiding), saved as they are edited. */
final class MeetingEditor extends RecordEditor<Meeting> {

    final ObjectProperty<MeetingType> type = new SimpleObjectProperty<>();
    final StringProperty title = new SimpleStringProperty();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty start = new SimpleStringProperty();
    final StringProperty end = new SimpleStringProperty();
    final ObjectProperty<MeetingMode> mode = new SimpleObjectProperty<>();
    final ObjectProperty<UUID> venueId = new SimpleObjectProperty<>();
    final StringProperty goals = new SimpleStringProperty();
    final StringProperty question = new SimpleStringProperty();
    /** The meeting's own uitcheck question; empty for the standard one. */
    final StringProperty checkOutQuestion = new SimpleStringProperty();
    final StringProperty registrations = new SimpleStringProperty();
    /** A kenniscafé's organising werkteam (null: the Werkplaats itself) and its form. */
    final ObjectProperty<UUID> organizerTeamId = new SimpleObjectProperty<>();
    final StringProperty form = new SimpleStringProperty();
    private final Runnable onSaved;

    MeetingEditor(UiContext ui, Runnable onSaved) {
        super(ui, "meeting", Meeting::id, Meeting::updatedAt);
        this.onSaved = onSaved;
        errors().fields("type", "title", "date", "start", "end", "mode", "venue", "goals", "checkInQuestion", "checkOutQuestion", "registrations",
                "form");
        type.addListener((obs, old, now) -> commit());
        date.addListener((obs, old, now) -> commit());
        mode.addListener((obs, old, now) -> commit());
        venueId.addListener((obs, old, now) -> commit());
        organizerTeamId.addListener((obs, old, now) -> commit());
    }

    @Override
    protected void fill(Meeting m) {
        type.set(m.type());
        title.set(orEmpty(m.title()));
        date.set(m.date());
        start.set(TimeText.format(m.start()));
        end.set(TimeText.format(m.end()));
        mode.set(m.mode());
        venueId.set(m.venueId());
        goals.set(orEmpty(m.goals()));
        question.set(orEmpty(m.checkInQuestion()));
        checkOutQuestion.set(orEmpty(m.checkOutQuestion()));
        registrations.set(m.registrations() == null ? "" : m.registrations().toString());
        organizerTeamId.set(m.organizerTeamId());
        form.set(orEmpty(m.form()));
    }

    @Override
    protected Meeting fromFields(Meeting base) {
        var startTime = TimeText.parse(start.get()).orElseThrow(() ->
                new ValidationException(Problem.of("start", "error.time.invalid", start.get())));
        var endTime = TimeText.parse(end.get()).orElseThrow(() ->
                new ValidationException(Problem.of("end", "error.time.invalid", end.get())));
        Integer registered = null;
        if (registrations.get() != null && !registrations.get().isBlank()) {
            try {
                registered = Integer.valueOf(registrations.get().strip());
            } catch (NumberFormatException e) {
                throw new ValidationException(Problem.of("registrations", "error.count.invalid", registrations.get()));
            }
        }
        return new Meeting(base.id(), base.teamId(), type.get(), orNull(title.get()), date.get(), startTime, endTime,
                mode.get(), venueId.get(), orNull(goals.get()), orNull(question.get()), orNull(checkOutQuestion.get()), registered,
                organizerTeamId.get(), orNull(form.get()), base.createdAt(), base.updatedAt());
    }

    @Override
    protected Meeting store(Meeting record, boolean allowDuplicateName) {
        return ui.werkbank().meetings().save(record);
    }

    @Override
    protected Meeting reload(Meeting record) {
        return ui.werkbank().meetings().get(record.id());
    }

    @Override
    protected String nameOf(Meeting record) {
        return record.title();
    }

    @Override
    protected void saved(Meeting record) {
        onSaved.run();
    }
}
