package nl.werkbank.app.meetings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.NumberText;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.people.Organization;

/** One line of the presentielijst: came late / left early, preparation hours, organisation of the day. */
final class AttendanceLineDialog extends FormDialog<AttendanceLineDialog.Input, AttendanceLine> {

    record Input(Organization organization, int late, int early, BigDecimal preparation, BigDecimal travel) {
    }

    AttendanceLineDialog(MeetingViewModel vm, AttendanceLine line) {
        super(vm.ui().window().get(), vm.ui().i18n(), line.personName());
        var a = line.attendance();
        TextField late = new TextField(Integer.toString(a.lateMinutes()));
        late.setId("line-late");
        late.setPrefColumnCount(4);
        TextField early = new TextField(Integer.toString(a.earlyMinutes()));
        early.setId("line-early");
        early.setPrefColumnCount(4);
        TextField preparation = new TextField(i18n.hours(a.preparationHours()));
        preparation.setId("line-preparation");
        preparation.setPrefColumnCount(5);
        TextField travel = new TextField(i18n.hours(a.travelHours()));
        travel.setId("line-travel");
        travel.setPrefColumnCount(5);
        List<Organization> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(vm.organizations());
        SearchableComboBox<Organization> organization = new SearchableComboBox<>(javafx.collections.FXCollections.observableList(choices));
        organization.setMaxWidth(Double.MAX_VALUE);
        organization.setConverter(Forms.converter(o -> o == null ? i18n.tr("membership.noOrganization") : o.name()));
        organization.setValue(choices.stream().filter(o -> o != null && o.id().equals(a.organizationId())).findFirst().orElse(null));

        errors.fields("late", "early", "preparation", "travel", "organization");
        row("late", "attendance.late.label", late);
        row("early", "attendance.early.label", early);
        row("preparation", "attendance.preparation.label", preparation);
        row("travel", "attendance.travel.label", travel);
        row("organization", "attendance.organization.label", organization);
        hint("attendance.organization.hint");
        focusOnShow(late);

        onSave(vm.ui().executor(), () -> {
            List<Problem> problems = new ArrayList<>();
            Integer lateMinutes = NumberText.wholeNumber(late.getText()).orElse(null);
            Integer earlyMinutes = NumberText.wholeNumber(early.getText()).orElse(null);
            BigDecimal hours = NumberText.hours(preparation.getText()).orElse(null);
            BigDecimal travelHours = NumberText.hours(travel.getText()).orElse(null);
            if (travelHours == null) {
                problems.add(Problem.of("travel", "error.hours.invalid", travel.getText()));
            }
            if (lateMinutes == null) {
                problems.add(Problem.of("late", "error.minutes.invalid", late.getText()));
            }
            if (earlyMinutes == null) {
                problems.add(Problem.of("early", "error.minutes.invalid", early.getText()));
            }
            if (hours == null) {
                problems.add(Problem.of("preparation", "error.hours.invalid", preparation.getText()));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return new Input(organization.getValue(), lateMinutes, earlyMinutes, hours, travelHours);
        }, input -> vm.saveLine(line, input.organization() == null ? null : input.organization().id(), input.late(),
                input.early(), input.preparation(), input.travel()));
    }
}
