package nl.werkbank.app.fx;

import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.teams.Team;

/** The "per werkteam or all werkteams" choice above the overview screens. */
public final class TeamFilter {

    private TeamFilter() {
    }

    public static ComboBox<Team> comboBox(String id, ObservableList<Team> teams, Property<Team> chosen, Localization i18n) {
        ComboBox<Team> team = new ComboBox<>(teams);
        team.setId(id);
        team.setConverter(Forms.converter(t -> t == null ? i18n.tr("filter.allTeams") : t.name()));
        team.valueProperty().bindBidirectional(chosen);
        return team;
    }
}
