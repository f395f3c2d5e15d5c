package nl.werkbank.app.people;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.werkbank.app.fx.RecordEditor;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.people.Person;

/** The person form: name, e-mail, function. */
final class PersonEditor extends RecordEditor<Person> {

    final StringProperty name = new SimpleStringProperty();
    final StringProperty email = new SimpleStringProperty();
    final StringProperty function = new SimpleStringProperty();
    private final Runnable onSaved;

    PersonEditor(UiContext ui, Runnable onSaved) {
        super(ui, "person", Person::id, Person::updatedAt);
        this.onSaved = onSaved;
        errors().fields("name", "email", "function");
    }

    @Override
    protected void fill(Person p) {
        name.set(p.name());
        email.set(orEmpty(p.email()));
        function.set(orEmpty(p.function()));
    }

    @Override
    protected Person fromFields(Person base) {
        return base.withName(name.get()).withEmail(orNull(email.get())).withFunction(orNull(function.get()));
    }

    @Override
    protected Person store(Person record, boolean allowDuplicateName) {
        return ui.werkbank().people().save(record, allowDuplicateName);
    }

    @Override
    protected Person reload(Person record) {
        return ui.werkbank().people().get(record.id());
    }

    @Override
    protected String nameOf(Person record) {
        return record.name();
    }

    @Override
    protected void saved(Person record) {
        onSaved.run();
    }

    @Override
    protected void gone() {
        onSaved.run();
    }
}
