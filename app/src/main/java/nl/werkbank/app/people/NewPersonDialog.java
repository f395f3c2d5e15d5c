package nl.werkbank.app.people;

import javafx.scene.control.TextField;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.people.Person;

/** "Nieuwe persoon": name and function; employer and e-mail follow on the screen. */
final class NewPersonDialog extends FormDialog<NewPersonDialog.Input, Person> {

    record Input(String name, String function) {
    }

    NewPersonDialog(PeopleViewModel vm) {
        super(vm.ui().window().get(), vm.ui().i18n(), vm.ui().i18n().tr("person.new"));
        TextField name = new TextField();
        name.setId("new-person-name");
        TextField function = new TextField();
        function.setId("new-person-function");
        errors.fields("name", "function");
        row("name", "person.name.label", name);
        row("function", "person.function.label", function);
        hint("person.privacy");
        focusOnShow(name);
        onSave(vm.ui().executor(), () -> {
            if (name.getText() == null || name.getText().isBlank()) {
                throw new ValidationException(Problem.of("name", "error.name.empty"));
            }
            return new Input(name.getText(), function.getText());
        }, input -> vm.create(input.name(), input.function(), allowDuplicateName()));
    }
}
