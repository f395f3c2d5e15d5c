package nl.werkbank.app.decisions;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.decisions.DecisionHistory;
import nl.werkbank.core.decisions.DecisionSummary;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.teams.TeamRow;

/** The decision log: every decision of a team (or all teams) across meetings, searchable, with its full history. */
public final class DecisionLogViewModel {

    private final UiContext ui;
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObservableList<DecisionSummary> summaries = FXCollections.observableArrayList();
    private final ObjectProperty<Team> team = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<DecisionHistory> selected = new SimpleObjectProperty<>();

    public DecisionLogViewModel(UiContext ui) {
        this.ui = ui;
        team.addListener((obs, old, now) -> search());
        search.addListener((obs, old, now) -> search());
    }

    public void load() {
        BackgroundTask.wrap(() -> ui.werkbank().teams().list().stream().map(TeamRow::team).toList())
                .onSuccess(list -> {
                    List<Team> choices = new ArrayList<>();
                    choices.add(null);
                    choices.addAll(list);
                    Team chosen = team.get();
                    teams.setAll(choices);
                    team.set(chosen);
                    search();
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    public void search() {
        var teamId = team.get() == null ? null : team.get().id();
        String text = search.get();
        BackgroundTask.wrap(() -> ui.werkbank().decisions().log(teamId, text))
                .onSuccess(summaries::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    public void select(DecisionSummary summary) {
        if (summary == null) {
            selected.set(null);
            return;
        }
        BackgroundTask.wrap(() -> ui.werkbank().decisions().history(summary.decision().id()))
                .onSuccess(selected::set)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    public ObservableList<Team> teams() {
        return teams;
    }

    public ObservableList<DecisionSummary> summaries() {
        return summaries;
    }

    public ObjectProperty<Team> team() {
        return team;
    }

    public StringProperty searchText() {
        return search;
    }

    public ObjectProperty<DecisionHistory> selected() {
        return selected;
    }

    UiContext ui() {
        return ui;
    }
}
