package nl.werkbank.app.organizations;

import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.werkbank.app.fx.RecordEditor;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;

/** The organisation form: name, type, parent organisation. */
final class OrganizationEditor extends RecordEditor<Organization> {

    final StringProperty name = new SimpleStringProperty();
    final ObjectProperty<OrganizationType> type = new SimpleObjectProperty<>();
    final ObjectProperty<UUID> parentId = new SimpleObjectProperty<>();
    private final Runnable onSaved;

    OrganizationEditor(UiContext ui, Runnable onSaved) {
        super(ui, "organization", Organization::id, Organization::updatedAt);
        this.onSaved = onSaved;
        errors().fields("name", "type", "parent");
        // Choices save at once; text saves when the field is left (see the view).
        type.addListener((obs, old, now) -> commit());
        parentId.addListener((obs, old, now) -> commit());
    }

    @Override
    protected void fill(Organization o) {
        name.set(o.name());
        type.set(o.type());
        parentId.set(o.parentId());
    }

    @Override
    protected Organization fromFields(Organization base) {
        return base.withName(name.get()).withType(type.get()).withParentId(parentId.get());
    }

    @Override
    protected Organization store(Organization record, boolean allowDuplicateName) {
        return ui.werkbank().organizations().save(record, allowDuplicateName);
    }

    @Override
    protected Organization reload(Organization record) {
        return ui.werkbank().organizations().get(record.id());
    }

    @Override
    protected String nameOf(Organization record) {
        return record.name();
    }

    @Override
    protected void saved(Organization record) {
        onSaved.run();
    }

    @Override
    protected void gone() {
        onSaved.run();
    }
}
