package nl.werkbank.app.meetings;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import org.controlsfx.control.SearchableComboBox;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.core.learning.LearningForm;
import nl.werkbank.core.learning.LearningLevel;
import nl.werkbank.core.learning.LearningNote;
import nl.werkbank.core.people.Organization;

/** A learning note: level, form, text, and the organisation it carries into (doorwerking). */
final class LearningNoteDialog extends FormDialog<LearningNote, LearningNote> {

    LearningNoteDialog(MeetingViewModel vm, LearningNote existing) {
        super(vm.ui().window().get(), vm.ui().i18n(), vm.ui().i18n().tr(existing == null ? "learning.add" : "learning.edit"));
        ComboBox<LearningLevel> level = new ComboBox<>();
        level.setId("learning-level");
        level.getItems().setAll(LearningLevel.values());
        level.setConverter(Forms.converter(i18n::tr));
        level.setValue(existing == null ? LearningLevel.TEAM : existing.level());
        ComboBox<LearningForm> form = new ComboBox<>();
        form.setId("learning-form");
        form.getItems().setAll(LearningForm.values());
        form.setConverter(Forms.converter(i18n::tr));
        form.setValue(existing == null ? LearningForm.INFORMATIVE : existing.form());
        TextArea text = new TextArea(existing == null ? "" : existing.text());
        text.setId("learning-text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        List<Organization> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(vm.organizations());
        SearchableComboBox<Organization> organization = new SearchableComboBox<>(FXCollections.observableList(choices));
        organization.setMaxWidth(Double.MAX_VALUE);
        organization.setConverter(Forms.converter(o -> o == null ? i18n.tr("learning.noOrganization") : o.name()));
        if (existing != null) {
            organization.setValue(choices.stream().filter(o -> o != null && o.id().equals(existing.organizationId()))
                    .findFirst().orElse(null));
        }
        errors.fields("level", "form", "text", "organization");
        row("level", "learning.level.label", level);
        row("form", "learning.form.label", form);
        row("text", "learning.text.label", text);
        row("organization", "learning.organization.label", organization);
        focusOnShow(text);
        onSave(vm.ui().executor(), () -> {
            var organizationId = organization.getValue() == null ? null : organization.getValue().id();
            return existing == null
                    ? LearningNote.create(vm.meetingId(), level.getValue(), form.getValue(), text.getText(), organizationId)
                    : new LearningNote(existing.id(), existing.meetingId(), level.getValue(), form.getValue(), text.getText(),
                            organizationId, existing.createdAt(), existing.updatedAt());
        }, vm::saveNote);
    }
}
