package nl.werkbank.app.people;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.fx.Screen;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.people.AffiliationRow;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.people.PersonRow;
import nl.werkbank.core.teams.PersonMembership;
import org.kordamp.ikonli.feather.Feather;

/** Mensen: list on the left; the selected person with employers over time and werkteams on the right. */
public final class PeopleView implements Screen {

    private final PeopleViewModel vm;
    private final Localization i18n;
    private final CustomTextField search = new CustomTextField();
    private final Node root;

    public PeopleView(PeopleViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        Button newButton = new Button(i18n.tr("person.new"));
        newButton.setOnAction(event -> createNew());
        search.setPromptText(i18n.tr("person.search"));
        search.setAccessibleText(i18n.tr("person.search"));
        search.textProperty().bindBidirectional(vm.list().searchText());
        root = MasterDetail.layout(i18n.tr("nav.people"), search, list(), newButton, detail(),
                MasterDetail.emptyState(i18n.tr("person.empty")),
                vm.editor().current().isNotNull(), vm.list().loaded());
        root.setId("people-screen");
    }

    private TableView<PersonRow> list() {
        TableView<PersonRow> table = Tables.table(i18n.tr("person.none"));
        table.setId("person-list");
        Tables.column(table, i18n.tr("person.name"), row -> row.person().name(), 170);
        Tables.column(table, i18n.tr("person.organizationToday"),
                row -> row.organizationName() == null ? "" : row.organizationName(), 190);
        Tables.bind(table, vm.list());
        return table;
    }

    private Node detail() {
        PersonEditor editor = vm.editor();
        TextField name = Forms.committing(new TextField(), editor.name, editor::commit);
        name.setId("person-name");
        TextField email = Forms.committing(new TextField(), editor.email, editor::commit);
        email.setId("person-email");
        email.setPromptText(i18n.tr("person.email.prompt"));
        TextField function = Forms.committing(new TextField(), editor.function, editor::commit);
        function.setId("person-function");

        var grid = Forms.grid();
        Forms.row(grid, i18n.tr("person.name.label"), name, editor.errors().of("name"));
        Forms.row(grid, i18n.tr("person.email.label"), email, editor.errors().of("email"));
        Forms.row(grid, i18n.tr("person.function.label"), function, editor.errors().of("function"));

        Button delete = MasterDetail.iconButton(Feather.TRASH_2, i18n.tr("person.delete"));
        delete.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        delete.setOnAction(event -> vm.deleteSelected());

        Button inzage = new Button(i18n.tr("person.inzage"));
        inzage.setId("person-inzage");
        inzage.setOnAction(event -> vm.chooseAndExportPersonData());
        Button erase = new Button(i18n.tr("person.erase"));
        erase.setId("person-erase");
        erase.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        erase.setOnAction(event -> vm.eraseSelected());
        return new VBox(8, grid, Forms.muted(new Label(i18n.tr("person.privacy"))), affiliations(),
                MasterDetail.section(i18n.tr("person.teams.section")), memberships(), new HBox(8, delete, inzage, erase));
    }

    private Node affiliations() {
        TableView<AffiliationRow> table = Tables.table(i18n.tr("affiliation.none"));
        table.setId("affiliation-list");
        table.setPrefHeight(170);
        Tables.column(table, i18n.tr("affiliation.organization"), row -> row.organizationName(), 220);
        Tables.column(table, i18n.tr("period.from"), row -> i18n.date(row.affiliation().from()), 100);
        Tables.column(table, i18n.tr("period.to"), row -> row.affiliation().to() == null
                ? i18n.tr("date.open") : i18n.date(row.affiliation().to()), 100);
        table.setItems(vm.affiliations());
        Button[] actions = Tables.editActions(table, "affiliation-add", i18n.tr("affiliation.add"), () -> editAffiliation(null),
                this::editAffiliation, vm::deleteAffiliation, i18n);
        return new VBox(6, MasterDetail.sectionWithActions(i18n.tr("affiliation.section"), actions),
                Forms.muted(new Label(i18n.tr("affiliation.explain"))), table);
    }

    private Node memberships() {
        TableView<PersonMembership> table = Tables.table(i18n.tr("person.teams.none"));
        table.setId("person-team-list");
        table.setPrefHeight(140);
        Tables.column(table, i18n.tr("team.name"), PersonMembership::teamName, 180);
        Tables.column(table, i18n.tr("membership.role"), m -> i18n.tr(m.membership().role()), 120);
        Tables.column(table, i18n.tr("period.label"), m -> i18n.period(m.membership().from(), m.membership().to()), 190);
        table.setItems(vm.memberships());
        return table;
    }

    private void editAffiliation(AffiliationRow row) {
        Person person = vm.editor().current().get();
        new AffiliationDialog(vm, person, row).showAndWait().ifPresent(saved -> vm.affiliationsChanged());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.reload();
    }

    @Override
    public void createNew() {
        new NewPersonDialog(vm).showAndWait().ifPresent(vm::created);
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
    }

    @Override
    public void commitPending() {
        vm.editor().commit();
    }
}
