package nl.werkbank.app.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingProposal;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.meetings.Venue;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.teams.TeamRow;

/** Bijeenkomsten: all meetings (or one team's), newest first; plan a new one; open one to run it. */
public final class MeetingsViewModel {

    private final UiContext ui;
    private final Consumer<UUID> openMeeting;
    private final ObservableList<MeetingRow> meetings = FXCollections.observableArrayList();
    /** Teams to filter on; null first, meaning "alle bijeenkomsten". */
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObservableList<Venue> venues = FXCollections.observableArrayList();
    private final ObjectProperty<Team> team = new SimpleObjectProperty<>();

    public MeetingsViewModel(UiContext ui, Consumer<UUID> openMeeting) {
        this.ui = ui;
        this.openMeeting = openMeeting;
        team.addListener((obs, old, now) -> reloadMeetings());
    }

    public void reload() {
        BackgroundTask.wrap(() -> new Choices(ui.werkbank().teams().list().stream().map(TeamRow::team).toList(),
                        ui.werkbank().meetings().venues()))
                .onSuccess(choices -> {
                    Team selected = team.get();
                    List<Team> options = new ArrayList<>();
                    options.add(null);
                    options.addAll(choices.teams());
                    teams.setAll(options);
                    venues.setAll(choices.venues());
                    team.set(selected == null ? null : choices.teams().stream()
                            .filter(t -> t.id().equals(selected.id())).findFirst().orElse(null));
                    reloadMeetings();
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    private record Choices(List<Team> teams, List<Venue> venues) {
    }

    private void reloadMeetings() {
        UUID teamId = team.get() == null ? null : team.get().id();
        BackgroundTask.wrap(() -> ui.werkbank().meetings().list(teamId, LocalDate.of(1900, 1, 1), LocalDate.of(2200, 1, 1)))
                .onSuccess(meetings::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /**
     * The team "Nieuwe bijeenkomst" starts with: the one chosen in the filter; else the team of the meeting
     * selected or, failing that, of the latest meeting when that team still runs; else the only running team.
     * Hele Werkplaats only when none of these applies.
     */
    Team defaultTeam(MeetingRow selected) {
        if (team.get() != null) {
            return team.get();
        }
        LocalDate today = LocalDate.now(ui.werkbank().clock());
        List<Team> running = teams.stream().filter(t -> t != null && (t.end() == null || !t.end().isBefore(today))).toList();
        MeetingRow basis = selected != null ? selected
                : meetings.stream().filter(row -> row.meeting().teamId() != null)
                        .max(java.util.Comparator.comparing(row -> row.meeting().date())).orElse(null);
        if (basis != null && basis.meeting().teamId() != null) {
            UUID teamId = basis.meeting().teamId();
            java.util.Optional<Team> found = running.stream().filter(t -> t.id().equals(teamId)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return running.size() == 1 ? running.get(0) : null;
    }

    /** In the background: what "Nieuwe bijeenkomst" proposes for a team. */
    MeetingProposal propose(Team forTeam) {
        return forTeam == null ? null : ui.werkbank().meetings().proposeNext(forTeam.id());
    }

    /** In the background: plans the meeting (and copies the agenda of {@code copyFrom} when given). */
    Meeting create(Meeting meeting, UUID copyFrom) {
        return ui.werkbank().meetings().create(meeting, copyFrom);
    }

    Venue createVenue(String name, String address) {
        return ui.werkbank().meetings().createVenue(name, address);
    }

    void open(MeetingRow row) {
        if (row != null) {
            openMeeting.accept(row.meeting().id());
        }
    }

    void delete(MeetingRow row) {
        if (row != null) {
            ui.deleteAfterConfirm(ui.i18n().tr("meeting.delete.title"),
                    ui.i18n().tr("meeting.delete.question", ui.i18n().date(row.meeting().date()), row.present()),
                    () -> ui.werkbank().meetings().delete(row.meeting().id()), this::reloadMeetings);
        }
    }

    void created(Meeting meeting) {
        reloadMeetings();
        openMeeting.accept(meeting.id());
    }

    ObservableList<MeetingRow> meetings() {
        return meetings;
    }

    ObservableList<Team> teams() {
        return teams;
    }

    ObservableList<Venue> venues() {
        return venues;
    }

    ObjectProperty<Team> team() {
        return team;
    }

    UiContext ui() {
        return ui;
    }
}
