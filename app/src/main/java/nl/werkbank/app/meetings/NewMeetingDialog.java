package nl.werkbank.app.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.TimeText;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingProposal;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.Venue;
import nl.werkbank.core.teams.Team;

/**
 * "Nieuwe bijeenkomst": choosing a team fills in the next date in its rhythm with the same times, mode
 * and venue; the agenda of the last meeting can be copied.
 */
final class NewMeetingDialog extends FormDialog<NewMeetingDialog.Input, Meeting> {

    record Input(Meeting meeting, UUID copyFrom) {
    }

    private UUID lastMeetingId;

    private final javafx.scene.control.Label ended = new javafx.scene.control.Label();

    NewMeetingDialog(MeetingsViewModel vm, Team initial) {
        super(vm.ui().window().get(), vm.ui().i18n(), vm.ui().i18n().tr("meeting.new"));
        ComboBox<Team> team = new ComboBox<>(vm.teams());
        team.setId("new-meeting-team");
        team.setConverter(Forms.converter(t -> t == null ? i18n.tr("meeting.werkplaatsWide") : t.name()));
        team.setMaxWidth(Double.MAX_VALUE);
        ComboBox<MeetingType> type = new ComboBox<>();
        type.getItems().setAll(MeetingType.values());
        type.setConverter(Forms.converter(i18n::tr));
        type.setValue(MeetingType.TEAM_MEETING);
        TextField title = new TextField();
        TextField start = new TextField("14:00");
        start.setId("new-meeting-start");
        start.setMaxWidth(100);
        TextField end = new TextField("16:00");
        end.setId("new-meeting-end");
        end.setMaxWidth(100);
        ComboBox<MeetingMode> mode = new ComboBox<>();
        mode.getItems().setAll(MeetingMode.values());
        mode.setConverter(Forms.converter(i18n::tr));
        mode.setValue(MeetingMode.PHYSICAL);
        ComboBox<Venue> venue = new ComboBox<>(vm.venues());
        venue.setEditable(false);
        venue.setMaxWidth(Double.MAX_VALUE);
        venue.setConverter(Forms.converter(v -> v == null ? "" : v.name()));
        TextField newVenue = new TextField();
        newVenue.setPromptText(i18n.tr("meeting.newVenue.prompt"));
        TextField newVenueAddress = new TextField();
        newVenueAddress.setPromptText(i18n.tr("meeting.newVenueAddress.prompt"));
        newVenueAddress.disableProperty().bind(newVenue.textProperty().isEmpty());
        CheckBox copyAgenda = new CheckBox(i18n.tr("meeting.copyAgenda"));
        copyAgenda.setId("new-meeting-copy-agenda");
        copyAgenda.setDisable(true);

        errors.fields("team", "type", "title", "date", "start", "end", "mode", "venue");
        row("team", "meeting.team.label", team);
        row("type", "meeting.type.label", type);
        row("title", "meeting.title.label", title);
        DateInput date = dateRow("date", "meeting.date.label", LocalDate.now(vm.ui().werkbank().clock()));
        date.picker().setId("new-meeting-date");
        row("start", "meeting.start.label", start);
        row("end", "meeting.end.label", end);
        row("mode", "meeting.mode.label", mode);
        row("venue", "meeting.venue.label", venue);
        row("venue", "meeting.newVenue.label", newVenue);
        row("venue", "meeting.newVenueAddress.label", newVenueAddress);
        grid.add(copyAgenda, 1, grid.getRowCount());
        ended.setId("new-meeting-team-ended");
        ended.setWrapText(true);
        ended.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
        ended.managedProperty().bind(ended.textProperty().isNotEmpty());
        ended.visibleProperty().bind(ended.managedProperty());
        grid.add(ended, 1, grid.getRowCount());

        team.valueProperty().addListener((obs, old, chosen) -> BackgroundTask.wrap(() -> vm.propose(chosen))
                .onSuccess(proposal -> apply(proposal, date, start, end, mode, venue, copyAgenda, vm))
                .onFailure(vm.ui()::showFailure)
                .executeWith(vm.ui().executor()));
        team.setValue(initial);
        focusOnShow(team);

        onSave(vm.ui().executor(), () -> {
            checkDates();
            LocalTime from = TimeText.parse(start.getText()).orElseThrow(() ->
                    new ValidationException(Problem.of("start", "error.time.invalid", start.getText())));
            LocalTime to = TimeText.parse(end.getText()).orElseThrow(() ->
                    new ValidationException(Problem.of("end", "error.time.invalid", end.getText())));
            Team chosen = team.getValue();
            Meeting meeting = Meeting.create(chosen == null ? null : chosen.id(), type.getValue(), date.value().get(), from, to,
                    mode.getValue()).withTitle(title.getText());
            return new Input(meeting, copyAgenda.isSelected() ? lastMeetingId : null);
        }, input -> {
            Meeting meeting = input.meeting();
            if (newVenue.getText() != null && !newVenue.getText().isBlank()) {
                Venue created = vm.createVenue(newVenue.getText(), newVenueAddress.getText());
                meeting = meeting.withPlan(meeting.type(), meeting.date(), meeting.start(), meeting.end(), meeting.mode(), created.id());
            } else if (venue.getValue() != null) {
                meeting = meeting.withPlan(meeting.type(), meeting.date(), meeting.start(), meeting.end(), meeting.mode(),
                        venue.getValue().id());
            }
            return vm.create(meeting, input.copyFrom());
        });
    }

    private void apply(MeetingProposal proposal, DateInput date, TextField start, TextField end, ComboBox<MeetingMode> mode,
                       ComboBox<Venue> venue, CheckBox copyAgenda, MeetingsViewModel vm) {
        lastMeetingId = proposal == null ? null : proposal.lastMeetingId();
        copyAgenda.setDisable(lastMeetingId == null);
        copyAgenda.setSelected(lastMeetingId != null);
        ended.setText(proposal == null || proposal.teamEnded() == null ? ""
                : i18n.tr("meeting.teamEnded", i18n.date(proposal.teamEnded())));
        if (proposal == null) {
            return;
        }
        date.value().set(proposal.date());
        start.setText(TimeText.format(proposal.start()));
        end.setText(TimeText.format(proposal.end()));
        mode.setValue(proposal.mode());
        venue.setValue(vm.venues().stream().filter(v -> v.id().equals(proposal.venueId())).findFirst().orElse(null));
    }
}
