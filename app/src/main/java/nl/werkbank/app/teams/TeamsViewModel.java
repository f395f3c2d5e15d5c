package nl.werkbank.app.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.SearchableList;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.people.PersonRow;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.teams.TeamMember;
import nl.werkbank.core.teams.TeamRow;
import nl.werkbank.core.teams.TeamService;

/** Werkteams: the list, the selected team's form and its members over time. */
public final class TeamsViewModel {

    private final UiContext ui;
    private final TeamService teams;
    private final SearchableList<TeamRow> list;
    private final TeamEditor editor;
    private final ObservableList<TeamMember> members = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();

    public TeamsViewModel(UiContext ui) {
        this.ui = ui;
        this.teams = ui.werkbank().teams();
        this.list = new SearchableList<>(text -> teams.search(text, LocalDate.now(ui.werkbank().clock())),
                row -> row.team().id(), ui.executor(), ui::showFailure);
        this.editor = new TeamEditor(ui, list::reload);
        list.selected().addListener((obs, old, now) -> open(now == null ? null : now.team().id()));
    }

    private void open(UUID id) {
        if (id == null) {
            editor.edit(null);
            members.clear();
            return;
        }
        BackgroundTask.wrap(() -> new Selection(teams.get(id), teams.memberships(id)))
                .onSuccess(selection -> {
                    editor.refresh(selection.team());
                    members.setAll(selection.members());
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    private record Selection(Team team, List<TeamMember> members) {
    }

    public void reload() {
        list.reload();
        BackgroundTask.wrap(() -> ui.werkbank().people().list().stream().map(PersonRow::person).toList())
                .onSuccess(people::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    Team create(String name, boolean allowDuplicateName) {
        return teams.create(name, allowDuplicateName);
    }

    void created(Team team) {
        list.searchText().set("");
        list.reloadAndSelect(team.id());
    }

    Membership saveMembership(Membership membership) {
        return teams.saveMembership(membership);
    }

    /**
     * Warme overdracht to an existing person, or to a new one named {@code newName}. A new person is
     * only kept when the handover itself succeeds.
     */
    Membership handOver(Membership membership, Person successor, String newName, LocalDate date) {
        if (successor != null) {
            return teams.handOver(membership.id(), successor.id(), date);
        }
        Person created = ui.werkbank().people().create(newName, null, null, true);
        try {
            return teams.handOver(membership.id(), created.id(), date);
        } catch (RuntimeException e) {
            ui.werkbank().people().delete(created.id());
            throw e;
        }
    }

    void membersChanged() {
        UUID id = list.selectedId();
        BackgroundTask.wrap(() -> teams.memberships(id))
                .onSuccess(members::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
        reload();
        ui.saveStatus().saved();
    }

    void deleteMembership(TeamMember member) {
        ui.deleteAfterConfirm(ui.i18n().tr("membership.delete.title"),
                ui.i18n().tr("membership.delete.question", member.personName()),
                () -> teams.deleteMembership(member.membership().id()), this::membersChanged);
    }

    void deleteSelected() {
        Team team = editor.current().get();
        if (team != null) {
            ui.deleteAfterConfirm(ui.i18n().tr("team.delete.title"),
                    ui.i18n().tr("team.delete.question", team.name(), members.size()),
                    () -> teams.delete(team.id()), list::selectedDeleted);
        }
    }

    public SearchableList<TeamRow> list() {
        return list;
    }

    /** The selected team's form (public for the crash test, which edits exactly as the window does). */
    public TeamEditor editor() {
        return editor;
    }

    ObservableList<TeamMember> members() {
        return members;
    }

    /** Everyone, to pick members and successors from. */
    ObservableList<Person> people() {
        return people;
    }

    /** Reads the selected team's attendance over its last eight meetings and its make-up, then shows them. */
    void openPresence() {
        UUID id = list.selectedId();
        if (id == null) {
            return;
        }
        java.time.LocalDate today = java.time.LocalDate.now(ui.werkbank().clock());
        nl.werkbank.app.fx.BackgroundTask.wrap(() -> ui.werkbank().activity().teamPresence(id, today, 8))
                .onSuccess(presence -> new TeamPresenceDialog(this, presence).showAndWait())
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    UiContext ui() {
        return ui;
    }
}
