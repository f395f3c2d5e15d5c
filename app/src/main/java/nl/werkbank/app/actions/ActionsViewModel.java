package nl.werkbank.app.actions;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.decisions.ActionFilter;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.ActionStatus;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.people.PersonRow;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.teams.TeamRow;

/** The actions overview across teams: filter by team, owner, status and overdue; open to edit. */
public final class ActionsViewModel {

    private final UiContext ui;
    private final ObservableList<ActionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Team> team = new SimpleObjectProperty<>();
    private final ObjectProperty<Person> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>(ActionStatus.OPEN);
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();

    public ActionsViewModel(UiContext ui) {
        this.ui = ui;
        team.addListener((obs, old, now) -> search());
        owner.addListener((obs, old, now) -> search());
        status.addListener((obs, old, now) -> search());
        overdueOnly.addListener((obs, old, now) -> search());
    }

    /** Loads the filter choices, then the actions. */
    public void load() {
        BackgroundTask.wrap(() -> new Choices(ui.werkbank().teams().list().stream().map(TeamRow::team).toList(),
                        ui.werkbank().people().list().stream().map(PersonRow::person).toList()))
                .onSuccess(choices -> {
                    List<Team> teamChoices = new ArrayList<>();
                    teamChoices.add(null);
                    teamChoices.addAll(choices.teams());
                    teams.setAll(teamChoices);
                    List<Person> personChoices = new ArrayList<>();
                    personChoices.add(null);
                    personChoices.addAll(choices.people());
                    people.setAll(personChoices);
                    search();
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    private record Choices(List<Team> teams, List<Person> people) {
    }

    public void search() {
        ActionFilter filter = new ActionFilter(team.get() == null ? null : team.get().id(),
                owner.get() == null ? null : owner.get().id(), status.get(), overdueOnly.get());
        BackgroundTask.wrap(() -> ui.werkbank().actions().find(filter))
                .onSuccess(rows::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    public void edit(ActionRow row) {
        List<ActionDialog.Owner> owners = people.stream().filter(p -> p != null)
                .map(p -> new ActionDialog.Owner(p.id(), p.name())).toList();
        new ActionDialog(ui, row.action(), owners, ui.werkbank().actions()::save).showAndWait().ifPresent(saved -> {
            ui.saveStatus().saved();
            search();
        });
    }

    public ObservableList<ActionRow> rows() {
        return rows;
    }

    public ObservableList<Team> teams() {
        return teams;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObjectProperty<Team> team() {
        return team;
    }

    public ObjectProperty<Person> owner() {
        return owner;
    }

    public ObjectProperty<ActionStatus> status() {
        return status;
    }

    public BooleanProperty overdueOnly() {
        return overdueOnly;
    }

    UiContext ui() {
        return ui;
    }
}
