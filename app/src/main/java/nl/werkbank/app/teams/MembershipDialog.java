package nl.werkbank.app.teams;

import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import org.controlsfx.control.SearchableComboBox;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.teams.TeamMember;

/** Add a member to a team or change a membership (person, role, from, to). */
final class MembershipDialog extends FormDialog<Membership, Membership> {

    MembershipDialog(TeamsViewModel vm, Team team, TeamMember existing) {
        super(vm.ui().window().get(), vm.ui().i18n(),
                vm.ui().i18n().tr(existing == null ? "membership.add" : "membership.edit") + " · " + team.name());
        Membership old = existing == null ? null : existing.membership();
        SearchableComboBox<Person> person = new SearchableComboBox<>(vm.people());
        person.setId("membership-person");
        person.setMaxWidth(Double.MAX_VALUE);
        person.setConverter(Forms.converter(p -> p == null ? "" : p.name()));
        if (old != null) {
            vm.people().stream().filter(p -> p.id().equals(old.personId())).findFirst().ifPresent(person::setValue);
        }
        ComboBox<MembershipRole> role = new ComboBox<>();
        role.setId("membership-role");
        role.getItems().setAll(MembershipRole.values());
        role.setConverter(Forms.converter(i18n::tr));
        role.setValue(old == null ? MembershipRole.MEMBER : old.role());

        errors.fields("person", "role", "from", "to");
        row("person", "membership.person.label", person);
        row("role", "membership.role.label", role);
        LocalDate defaultFrom = team.start() != null && team.start().isAfter(LocalDate.now(vm.ui().werkbank().clock()))
                ? team.start() : LocalDate.now(vm.ui().werkbank().clock());
        DateInput from = dateRow("from", "period.from.label", old == null ? defaultFrom : old.from());
        DateInput to = dateRow("to", "period.to.label", old == null ? team.end() : old.to());
        hint("period.to.hint");
        focusOnShow(person);

        onSave(vm.ui().executor(), () -> {
            checkDates();
            if (person.getValue() == null) {
                throw new ValidationException(Problem.of("person", "error.person.required"));
            }
            return old == null
                    ? Membership.create(team.id(), person.getValue().id(), role.getValue(), from.value().get(), to.value().get())
                    : new Membership(old.id(), team.id(), person.getValue().id(), role.getValue(), from.value().get(),
                            to.value().get(), old.predecessorId(), old.createdAt(), old.updatedAt());
        }, vm::saveMembership);
    }
}
