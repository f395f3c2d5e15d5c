package nl.werkbank.app.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.SearchableList;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.hours.CashContribution;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationDetails;
import nl.werkbank.core.people.OrganizationRow;
import nl.werkbank.core.people.OrganizationService;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Partnership;

/** Organisations screen: the searchable list, the selected organisation's form and its partner periods. */
public final class OrganizationsViewModel {

    private final UiContext ui;
    private final OrganizationService organizations;
    private final SearchableList<OrganizationRow> list;
    private final OrganizationEditor editor;
    private final ObservableList<Partnership> partnerships = FXCollections.observableArrayList();
    private final ObservableList<CashContribution> cash = FXCollections.observableArrayList();
    /** Possible parents of the selected organisation; null first, meaning "geen". */
    private final ObservableList<Organization> parentChoices = FXCollections.observableArrayList();

    public OrganizationsViewModel(UiContext ui) {
        this.ui = ui;
        this.organizations = ui.werkbank().organizations();
        this.list = new SearchableList<>(text -> organizations.search(text, LocalDate.now(ui.werkbank().clock())),
                row -> row.organization().id(), ui.executor(), ui::showFailure);
        this.editor = new OrganizationEditor(ui, list::reload);
        list.selected().addListener((obs, old, now) -> open(now == null ? null : now.organization().id()));
        saveContactWhenChosen();
    }

    private void open(UUID id) {
        if (id == null) {
            editor.edit(null);
            partnerships.clear();
            cash.clear();
            return;
        }
        // Two reads, one per feature on the page: the organisation (people) and its money (hours).
        BackgroundTask.wrap(() -> new Selection(organizations.details(id), ui.werkbank().cash().of(id),
                        ui.werkbank().hourlyRates().ofOrganization(id).orElse(null)))
                .onSuccess(selection -> {
                    List<Organization> parents = new ArrayList<>();
                    parents.add(null);
                    parents.addAll(selection.details().otherOrganizations());
                    parentChoices.setAll(parents);
                    editor.refresh(selection.details().organization());
                    partnerships.setAll(selection.details().partnerships());
                    cash.setAll(selection.cash());
                    filling = true;
                    people.setAll(selection.details().people());
                    contact.set(selection.details().people().stream()
                            .filter(p -> p.id().equals(selection.details().contactPersonId())).findFirst().orElse(null));
                    filling = false;
                    rate.set(selection.rate() == null ? "" : ui.i18n().hoursExact(selection.rate()));
                    rateError.set(null);
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    private record Selection(OrganizationDetails details, List<CashContribution> cash, java.math.BigDecimal rate) {
    }

    /** In the background, for the cash dialog. */
    CashContribution saveCash(CashContribution contribution) {
        return ui.werkbank().cash().save(contribution);
    }

    void cashChanged() {
        UUID id = list.selectedId();
        BackgroundTask.wrap(() -> ui.werkbank().cash().of(id))
                .onSuccess(cash::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
        ui.saveStatus().saved();
    }

    void deleteCash(CashContribution contribution) {
        ui.deleteAfterConfirm(ui.i18n().tr("cash.delete.title"), ui.i18n().tr("cash.delete.question",
                ui.i18n().euros(contribution.amount()), ui.i18n().date(contribution.date())),
                () -> ui.werkbank().cash().delete(contribution.id()), this::cashChanged);
    }

    private final javafx.beans.property.StringProperty rate = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.StringProperty rateError = new javafx.beans.property.SimpleStringProperty();

    javafx.beans.property.StringProperty rate() {
        return rate;
    }

    javafx.beans.property.StringProperty rateError() {
        return rateError;
    }

    /** Stores this organisation's own hourly rate (empty: use the rate of its type, if any). */
    void commitRate() {
        UUID id = list.selectedId();
        String text = rate.get();
        var value = text == null || text.isBlank() ? java.util.Optional.<java.math.BigDecimal>empty()
                : nl.werkbank.app.fx.NumberText.hours(text);
        if (id == null || (text != null && !text.isBlank() && value.isEmpty())) {
            rateError.set(id == null ? null : ui.i18n().tr("error.rate.invalid"));
            return;
        }
        BackgroundTask.wrap(() -> ui.werkbank().hourlyRates().setForOrganization(id, value.orElse(null)))
                .onSuccess(done -> {
                    rateError.set(null);
                    ui.saveStatus().saved();
                })
                .onFailure(e -> rateError.set(ui.i18n().tr("error.rate.invalid")))
                .executeWith(ui.executor());
    }

    private final ObservableList<nl.werkbank.core.people.Person> people = FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<nl.werkbank.core.people.Person> contact =
            new javafx.beans.property.SimpleObjectProperty<>();
    /** True while a selection is shown: setting the contact then is not an edit. */
    private boolean filling;

    /** Choosing a contact person saves it (not while a selection is being shown). */
    private void saveContactWhenChosen() {
        contact.addListener((obs, old, now) -> {
            UUID id = list.selectedId();
            if (!filling && id != null) {
                ui.saveStatus().saving();
                BackgroundTask.wrap(() -> {
                            organizations.setContactPerson(id, now == null ? null : now.id());
                            return id;
                        })
                        .onSuccess(done -> ui.saveStatus().saved())
                        .onFailure(ui::showFailure)
                        .executeWith(ui.executor());
            }
        });
    }

    ObservableList<nl.werkbank.core.people.Person> people() {
        return people;
    }

    /** The organisation's contact person; choosing one saves it. */
    javafx.beans.property.ObjectProperty<nl.werkbank.core.people.Person> contact() {
        return contact;
    }

    ObservableList<CashContribution> cash() {
        return cash;
    }

    public void reload() {
        list.reload();
    }

    /** Used by the new-organisation dialog (in the background). */
    Organization create(String name, OrganizationType type, boolean allowDuplicateName) {
        return organizations.create(name, type, null, allowDuplicateName);
    }

    void created(Organization organization) {
        list.searchText().set("");
        list.reloadAndSelect(organization.id());
    }

    Partnership savePartnership(Partnership partnership, nl.werkbank.core.people.PartnershipTerms terms) {
        return organizations.savePartnership(partnership, terms);
    }

    /** In the background, for the partnership dialog: what the partner committed to in that period. */
    nl.werkbank.core.people.PartnershipTerms terms(Partnership partnership) {
        return organizations.terms(partnership.id());
    }

    void partnershipsChanged() {
        UUID id = list.selectedId();
        BackgroundTask.wrap(() -> organizations.partnerships(id))
                .onSuccess(partnerships::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
        list.reload();
        ui.saveStatus().saved();
    }

    void deletePartnership(Partnership partnership) {
        ui.deleteAfterConfirm(ui.i18n().tr("partnership.delete.title"),
                ui.i18n().tr("partnership.delete.question", ui.i18n().tr(partnership.role()),
                        ui.i18n().period(partnership.from(), partnership.to())),
                () -> organizations.deletePartnership(partnership.id()), this::partnershipsChanged);
    }

    void deleteSelected() {
        Organization organization = editor.current().get();
        if (organization != null) {
            ui.deleteAfterConfirm(ui.i18n().tr("organization.delete.title"),
                    ui.i18n().tr("organization.delete.question", organization.name()),
                    () -> organizations.delete(organization.id()), list::selectedDeleted);
        }
    }

    public SearchableList<OrganizationRow> list() {
        return list;
    }

    OrganizationEditor editor() {
        return editor;
    }

    ObservableList<Partnership> partnerships() {
        return partnerships;
    }

    ObservableList<Organization> parentChoices() {
        return parentChoices;
    }

    UiContext ui() {
        return ui;
    }
}
