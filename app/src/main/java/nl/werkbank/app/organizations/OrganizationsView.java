package nl.werkbank.app.organizations;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.fx.Screen;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.hours.CashContribution;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationRow;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Partnership;
import org.kordamp.ikonli.feather.Feather;

/** Organisaties: list on the left, the selected organisation with its partner periods on the right. */
public final class OrganizationsView implements Screen {

    private final OrganizationsViewModel vm;
    private final Localization i18n;
    private final CustomTextField search = new CustomTextField();
    private final TextField name = new TextField();
    private final Node root;

    public OrganizationsView(OrganizationsViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        Button newButton = new Button(i18n.tr("organization.new"));
        newButton.setOnAction(event -> createNew());
        search.setPromptText(i18n.tr("organization.search"));
        search.textProperty().bindBidirectional(vm.list().searchText());
        search.setAccessibleText(i18n.tr("organization.search"));
        root = MasterDetail.layout(i18n.tr("nav.organizations"), search, list(), newButton, detail(),
                MasterDetail.emptyState(i18n.tr("organization.empty")),
                vm.editor().current().isNotNull(), vm.list().loaded());
        root.setId("organizations-screen");
    }

    private TableView<OrganizationRow> list() {
        TableView<OrganizationRow> table = Tables.table(i18n.tr("organization.none"));
        table.setId("organization-list");
        Tables.column(table, i18n.tr("organization.name"), row -> row.organization().name(), 170);
        Tables.column(table, i18n.tr("organization.type"), row -> i18n.tr(row.organization().type()), 110);
        Tables.column(table, i18n.tr("organization.partnerToday"),
                row -> row.partnerRole() == null ? "" : i18n.tr(row.partnerRole()), 95);
        Tables.bind(table, vm.list());
        return table;
    }

    private Node detail() {
        OrganizationEditor editor = vm.editor();
        name.setId("organization-name");
        Forms.committing(name, editor.name, editor::commit);

        ComboBox<OrganizationType> type = new ComboBox<>();
        type.setId("organization-type");
        type.getItems().setAll(OrganizationType.values());
        type.setConverter(Forms.converter(i18n::tr));
        type.valueProperty().bindBidirectional(editor.type);

        ComboBox<Organization> parent = new ComboBox<>(vm.parentChoices());
        parent.setId("organization-parent");
        parent.setMaxWidth(Double.MAX_VALUE);
        parent.setConverter(Forms.converter(o -> o == null ? i18n.tr("organization.noParent") : o.name()));
        parent.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Organization item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? i18n.tr("organization.noParent") : item.name());
            }
        });
        parent.valueProperty().addListener((obs, old, now) -> editor.parentId.set(now == null ? null : now.id()));
        editor.parentId.addListener((obs, old, now) -> parent.setValue(vm.parentChoices().stream()
                .filter(o -> o != null && o.id().equals(now)).findFirst().orElse(null)));

        var grid = Forms.grid();
        Forms.row(grid, i18n.tr("organization.name.label"), name, editor.errors().of("name"));
        Forms.row(grid, i18n.tr("organization.type.label"), type, editor.errors().of("type"));
        Forms.row(grid, i18n.tr("organization.parent.label"), parent, editor.errors().of("parent"));
        TextField rate = Forms.committing(new TextField(), vm.rate(), vm::commitRate);
        rate.setId("organization-rate");
        rate.setMaxWidth(240);
        rate.setPromptText(i18n.tr("organization.rate.prompt"));
        Forms.row(grid, i18n.tr("organization.rate.label"), rate, vm.rateError());
        org.controlsfx.control.SearchableComboBox<nl.werkbank.core.people.Person> contact =
                new org.controlsfx.control.SearchableComboBox<>(vm.people());
        contact.setId("organization-contact");
        contact.setMaxWidth(320);
        contact.setConverter(Forms.converter(person -> person == null ? "" : person.name()));
        contact.valueProperty().bindBidirectional(vm.contact());
        Forms.row(grid, i18n.tr("organization.contact.label"), contact, new javafx.beans.property.SimpleStringProperty());

        Button delete = MasterDetail.iconButton(Feather.TRASH_2, i18n.tr("organization.delete"));
        delete.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        delete.setOnAction(event -> vm.deleteSelected());

        return new VBox(8, grid, partnerships(), cash(), new HBox(delete));
    }

    private Node partnerships() {
        TableView<Partnership> table = Tables.table(i18n.tr("partnership.none"));
        table.setId("partnership-list");
        table.setPrefHeight(180);
        Tables.column(table, i18n.tr("partnership.role"), p -> i18n.tr(p.role()), 120);
        Tables.column(table, i18n.tr("period.from"), p -> i18n.date(p.from()), 110);
        Tables.column(table, i18n.tr("period.to"), p -> p.to() == null ? i18n.tr("date.open") : i18n.date(p.to()), 110);
        table.setItems(vm.partnerships());
        Button[] actions = Tables.editActions(table, "partnership-add", i18n.tr("partnership.add"), () -> editPartnership(null),
                this::editPartnership, vm::deletePartnership, i18n);
        return new VBox(6, MasterDetail.sectionWithActions(i18n.tr("partnership.section"), actions),
                Forms.muted(new Label(i18n.tr("partnership.explain"))), table);
    }

    private Node cash() {
        TableView<CashContribution> table = Tables.table(i18n.tr("cash.none"));
        table.setId("cash-list");
        table.setPrefHeight(150);
        Tables.column(table, i18n.tr("report.col.date"), c -> i18n.date(c.date()), 110);
        Tables.column(table, i18n.tr("cash.amount"), c -> i18n.euros(c.amount()), 120);
        Tables.column(table, i18n.tr("cash.description"), c -> c.description() == null ? "" : c.description(), 260);
        table.setItems(vm.cash());
        Button[] actions = Tables.editActions(table, "cash-add", i18n.tr("cash.add"), () -> editCash(null), this::editCash,
                vm::deleteCash, i18n);
        return new VBox(6, MasterDetail.sectionWithActions(i18n.tr("cash.section"), actions), table);
    }

    private void editCash(CashContribution contribution) {
        new CashDialog(vm, vm.editor().current().get(), contribution).showAndWait().ifPresent(saved -> vm.cashChanged());
    }

    private void editPartnership(Partnership partnership) {
        Organization organization = vm.editor().current().get();
        if (partnership == null) {
            new PartnershipDialog(vm, organization, null, null).showAndWait().ifPresent(saved -> vm.partnershipsChanged());
            return;
        }
        // The commitment is read first (a quick read in the background), then the dialog opens with it.
        BackgroundTask.wrap(() -> vm.terms(partnership))
                .onSuccess(terms -> new PartnershipDialog(vm, organization, partnership, terms).showAndWait()
                        .ifPresent(saved -> vm.partnershipsChanged()))
                .onFailure(vm.ui()::showFailure)
                .executeWith(vm.ui().executor());
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
        new NewOrganizationDialog(vm).showAndWait().ifPresent(vm::created);
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
