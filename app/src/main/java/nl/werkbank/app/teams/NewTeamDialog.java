package nl.werkbank.app.teams;

import javafx.scene.control.TextField;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.teams.Team;

/** "Nieuw werkteam": a name is enough to start; the rest is filled in on the screen. */
final class NewTeamDialog extends FormDialog<String, Team> {

    NewTeamDialog(TeamsViewModel vm) {
        super(vm.ui().window().get(), vm.ui().i18n(), vm.ui().i18n().tr("team.new"));
        TextField name = new TextField();
        name.setId("new-team-name");
        errors.fields("name");
        row("name", "team.name.label", name);
        focusOnShow(name);
        onSave(vm.ui().executor(), () -> {
            if (name.getText() == null || name.getText().isBlank()) {
                throw new ValidationException(Problem.of("name", "error.name.empty"));
            }
            return name.getText();
        }, text -> vm.create(text, allowDuplicateName()));
    }
}
