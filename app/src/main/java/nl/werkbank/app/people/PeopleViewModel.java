package nl.werkbank.app.people;

import java.time.LocalDate;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.SearchableList;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.AffiliationRow;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationRow;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.people.PersonRow;
import nl.werkbank.core.people.PersonService;
import nl.werkbank.core.teams.PersonMembership;

/** Mensen: the searchable list, the selected person's form, their employers over time and their werkteams. */
public final class PeopleViewModel {

    private final UiContext ui;
    private final PersonService people;
    private final SearchableList<PersonRow> list;
    private final PersonEditor editor;
    private final ObservableList<AffiliationRow> affiliations = FXCollections.observableArrayList();
    private final ObservableList<PersonMembership> memberships = FXCollections.observableArrayList();
    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();

    public PeopleViewModel(UiContext ui) {
        this.ui = ui;
        this.people = ui.werkbank().people();
        this.list = new SearchableList<>(text -> people.search(text, LocalDate.now(ui.werkbank().clock())),
                row -> row.person().id(), ui.executor(), ui::showFailure);
        this.editor = new PersonEditor(ui, list::reload);
        list.selected().addListener((obs, old, now) -> open(now == null ? null : now.person().id()));
    }

    private void open(UUID id) {
        if (id == null) {
            editor.edit(null);
            affiliations.clear();
            memberships.clear();
            return;
        }
        BackgroundTask.wrap(() -> people.details(id))
                .onSuccess(selection -> {
                    editor.refresh(selection.person());
                    affiliations.setAll(selection.affiliations());
                    memberships.setAll(selection.memberships());
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    public void reload() {
        list.reload();
        BackgroundTask.wrap(() -> ui.werkbank().organizations().list().stream().map(OrganizationRow::organization).toList())
                .onSuccess(organizations::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    Person create(String name, String function, boolean allowDuplicateName) {
        return people.create(name, null, function, allowDuplicateName);
    }

    void created(Person person) {
        list.searchText().set("");
        list.reloadAndSelect(person.id());
    }

    AffiliationRow saveAffiliation(Affiliation affiliation) {
        return people.saveAffiliation(affiliation);
    }

    void affiliationsChanged() {
        UUID id = list.selectedId();
        BackgroundTask.wrap(() -> people.affiliations(id))
                .onSuccess(affiliations::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
        list.reload();
        ui.saveStatus().saved();
    }

    void deleteAffiliation(AffiliationRow row) {
        ui.deleteAfterConfirm(ui.i18n().tr("affiliation.delete.title"),
                ui.i18n().tr("affiliation.delete.question", row.organizationName(),
                        ui.i18n().period(row.affiliation().from(), row.affiliation().to())),
                () -> people.deleteAffiliation(row.affiliation().id()), this::affiliationsChanged);
    }

    void deleteSelected() {
        Person person = editor.current().get();
        if (person != null) {
            ui.deleteAfterConfirm(ui.i18n().tr("person.delete.title"),
                    ui.i18n().tr("person.delete.question", person.name(), affiliations.size(), memberships.size()),
                    () -> people.delete(person.id()), list::selectedDeleted);
        }
    }

    /** AVG inzage: everything about the selected person, written as {@code base}.json and {@code base}.xlsx. */
    /** Asks where to save the inzage files (a .json and an .xlsx with the same name), then writes them. */
    void chooseAndExportPersonData() {
        ui.dialogs().chooseFileToSave(nl.werkbank.app.fx.FileRequest.of(ui.i18n().tr("person.inzage"),
                java.nio.file.Path.of(ui.i18n().tr("person.inzage.fileName")), "")).ifPresent(this::exportPersonData);
    }

    void exportPersonData(java.nio.file.Path base) {
        Person person = editor.current().get();
        if (person == null) {
            return;
        }
        String stem = base.getFileName().toString().replaceFirst("\\.(json|xlsx)$", "");
        nl.werkbank.app.fx.BackgroundTask.wrap(() -> ui.werkbank().personData().write(person.id(),
                        base.resolveSibling(stem + ".json"), base.resolveSibling(stem + ".xlsx")))
                .onSuccess(files -> ui.dialogs().showInfo(ui.i18n().tr("person.inzage.title"),
                        ui.i18n().tr("cli.privacy.exported", files.get(0), files.get(1))))
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /** AVG vergetelheid, after a question that says what goes and what stays; cannot be undone. */
    void eraseSelected() {
        Person person = editor.current().get();
        if (person == null || !ui.dialogs().confirm(ui.i18n().tr("person.erase.title"),
                ui.i18n().tr("person.erase.question", person.name()), ui.i18n().tr("person.erase.confirm"))) {
            return;
        }
        nl.werkbank.app.fx.BackgroundTask.wrap(() -> ui.werkbank().erasure().erase(person.id()))
                .onSuccess(erased -> {
                    ui.saveStatus().saved();
                    list.reloadAndSelect(person.id());
                    ui.dialogs().showInfo(ui.i18n().tr("person.erase.title"), ui.i18n().tr("cli.privacy.erased", person.name(),
                            erased.anonymousName(), erased.roundTexts(), erased.ballots()));
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    public SearchableList<PersonRow> list() {
        return list;
    }

    PersonEditor editor() {
        return editor;
    }

    ObservableList<AffiliationRow> affiliations() {
        return affiliations;
    }

    ObservableList<PersonMembership> memberships() {
        return memberships;
    }

    /** Organisations to choose from in the affiliation dialog. */
    ObservableList<Organization> organizations() {
        return organizations;
    }

    UiContext ui() {
        return ui;
    }
}
