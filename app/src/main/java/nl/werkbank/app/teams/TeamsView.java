package nl.werkbank.app.teams;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.fx.Screen;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.teams.TeamMember;
import nl.werkbank.core.teams.TeamRow;
import org.kordamp.ikonli.feather.Feather;

/** Werkteams: list on the left; the selected team and its members (with handover) on the right. */
public final class TeamsView implements Screen {

    private final TeamsViewModel vm;
    private final Localization i18n;
    private final CustomTextField search = new CustomTextField();
    private final Node root;

    public TeamsView(TeamsViewModel vm, Runnable loadDemo) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        Button newButton = new Button(i18n.tr("team.new"));
        newButton.setId("team-new");
        newButton.setOnAction(event -> createNew());
        search.setPromptText(i18n.tr("team.search"));
        search.setAccessibleText(i18n.tr("team.search"));
        search.textProperty().bindBidirectional(vm.list().searchText());
        Button demo = new Button(i18n.tr("menu.loadDemo"));
        demo.setOnAction(event -> loadDemo.run());
        Node empty = MasterDetail.emptyState(i18n.tr("team.empty"), demo);
        demo.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.list().items())
                .and(search.textProperty().isEmpty()));
        root = MasterDetail.layout(i18n.tr("nav.teams"), search, list(), newButton, detail(), empty,
                vm.editor().current().isNotNull(), vm.list().loaded());
        root.setId("teams-screen");
    }

    private TableView<TeamRow> list() {
        TableView<TeamRow> table = Tables.table(i18n.tr("team.none"));
        table.setId("team-list");
        Tables.column(table, i18n.tr("team.name"), row -> row.team().name(), 170);
        Tables.column(table, i18n.tr("team.period"), row -> row.team().period() == null ? "" : row.team().period(), 90);
        Tables.column(table, i18n.tr("team.members"), row -> Long.toString(row.memberCount()), 60);
        Tables.bind(table, vm.list());
        return table;
    }

    private Node detail() {
        TeamEditor editor = vm.editor();
        TextField name = Forms.committing(new TextField(), editor.name, editor::commit);
        name.setId("team-name");
        TextField shortName = Forms.committing(new TextField(), editor.shortName, editor::commit);
        shortName.setPrefColumnCount(8);
        shortName.setMaxWidth(160);
        TextField theme = Forms.committing(new TextField(), editor.theme, editor::commit);
        TextField period = Forms.committing(new TextField(), editor.period, editor::commit);
        period.setMaxWidth(160);
        period.setPromptText(i18n.tr("team.period.prompt"));
        TextArea mission = Forms.committing(new TextArea(), editor.mission, editor::commit);
        mission.setWrapText(true);
        mission.setPrefRowCount(3);
        DateInput start = dateInput(editor.start, "start");
        DateInput end = dateInput(editor.end, "end");

        var grid = Forms.grid();
        Forms.row(grid, i18n.tr("team.name.label"), name, editor.errors().of("name"));
        Forms.row(grid, i18n.tr("team.shortName.label"), shortName, editor.errors().of("shortName"));
        Forms.row(grid, i18n.tr("team.theme.label"), theme, editor.errors().of("theme"));
        Forms.row(grid, i18n.tr("team.mission.label"), mission, editor.errors().of("mission"));
        Forms.row(grid, i18n.tr("team.period.label"), period, editor.errors().of("period"));
        Forms.row(grid, i18n.tr("team.start.label"), start.picker(), editor.errors().of("start"));
        Forms.row(grid, i18n.tr("team.end.label"), end.picker(), editor.errors().of("end"));

        Button delete = MasterDetail.iconButton(Feather.TRASH_2, i18n.tr("team.delete"));
        delete.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        delete.setOnAction(event -> vm.deleteSelected());
        return new VBox(8, grid, members(), new HBox(delete));
    }

    /** A date in the team form: saves when picked; unreadable typed text shows at the field. */
    private DateInput dateInput(javafx.beans.property.ObjectProperty<LocalDate> property, String field) {
        DateInput input = new DateInput(i18n);
        input.value().bindBidirectional(property);
        input.error().addListener((obs, old, now) -> vm.editor().errors().of(field).set(now));
        return input;
    }

    private Node members() {
        TableView<TeamMember> table = Tables.table(i18n.tr("membership.none"));
        table.setId("member-list");
        table.setPrefHeight(320);
        Tables.column(table, i18n.tr("person.name"), TeamMember::personName, 150);
        Tables.column(table, i18n.tr("affiliation.organization"),
                m -> m.organizationName() == null ? i18n.tr("membership.noOrganization") : m.organizationName(), 150);
        Tables.column(table, i18n.tr("membership.role"), m -> i18n.tr(m.membership().role()), 110);
        Tables.column(table, i18n.tr("period.label"), m -> i18n.period(m.membership().from(), m.membership().to()), 190);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TeamMember item, boolean empty) {
                super.updateItem(item, empty);
                // Grey out who left before the team's end (or before today, for a running team).
                LocalDate today = LocalDate.now(vm.ui().werkbank().clock());
                LocalDate teamEnd = vm.editor().end.get();
                LocalDate reference = teamEnd != null && teamEnd.isBefore(today) ? teamEnd : today;
                boolean ended = !empty && item != null && item.membership().to() != null
                        && item.membership().to().isBefore(reference);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("ended"), ended);
            }
        });
        table.setItems(vm.members());
        Button[] actions = Tables.editActions(table, "membership-add", i18n.tr("membership.add"), () -> editMembership(null),
                this::editMembership, vm::deleteMembership, i18n);
        Button handOver = Tables.rowButton(table, Feather.REPEAT, i18n.tr("handover.button"),
                member -> new HandOverDialog(vm, member).showAndWait().ifPresent(saved -> vm.membersChanged()));
        handOver.setId("membership-handover");
        handOver.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("handover.tooltip")));
        Button presence = new Button(i18n.tr("presence.button"), new org.kordamp.ikonli.javafx.FontIcon(Feather.ACTIVITY));
        presence.setId("team-presence");
        presence.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("presence.tooltip")));
        presence.setOnAction(event -> vm.openPresence());
        return new VBox(6, MasterDetail.sectionWithActions(i18n.tr("membership.section"), actions[0], actions[1], handOver,
                actions[2], presence), table);
    }

    private void editMembership(TeamMember member) {
        new MembershipDialog(vm, vm.editor().current().get(), member).showAndWait()
                .ifPresent(saved -> vm.membersChanged());
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
        new NewTeamDialog(vm).showAndWait().ifPresent(vm::created);
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
