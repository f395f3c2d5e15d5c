package nl.werkbank.app.actions;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.Screen;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.fx.TeamFilter;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.ActionStatus;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Team;
import org.controlsfx.control.SearchableComboBox;

/** Acties: every action per team or across teams, filtered by owner, status and overdue. */
public final class ActionsView implements Screen {

    private final ActionsViewModel vm;
    private final VBox root;

    public ActionsView(ActionsViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        Label title = new Label(i18n.tr("nav.actions"));
        title.getStyleClass().add(Styles.TITLE_2);
        ComboBox<Team> team = TeamFilter.comboBox("actions-team", vm.teams(), vm.team(), i18n);
        SearchableComboBox<Person> owner = new SearchableComboBox<>(vm.people());
        owner.setId("actions-owner");
        owner.setPrefWidth(220);
        owner.setConverter(Forms.converter(p -> p == null ? i18n.tr("filter.everyone") : p.name()));
        owner.valueProperty().bindBidirectional(vm.owner());
        List<ActionStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(List.of(ActionStatus.values()));
        ComboBox<ActionStatus> status = new ComboBox<>();
        status.setId("actions-status");
        status.getItems().setAll(statuses);
        status.setConverter(Forms.converter(s -> s == null ? i18n.tr("filter.allStatuses") : i18n.tr(s)));
        status.valueProperty().bindBidirectional(vm.status());
        CheckBox overdue = new CheckBox(i18n.tr("filter.overdueOnly"));
        overdue.setId("actions-overdue");
        overdue.selectedProperty().bindBidirectional(vm.overdueOnly());
        HBox filters = new HBox(8, team, owner, status, overdue);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<ActionRow> table = ActionColumns.table(i18n, "action.overview.none", LocalDate.now(vm.ui().werkbank().clock()));
        table.setId("actions-table");
        Tables.column(table, i18n.tr("action.team"), row -> row.teamName() == null ? "" : row.teamName(), 160);
        Tables.column(table, i18n.tr("action.meeting"), row -> row.meetingDate() == null ? "" : i18n.date(row.meetingDate()), 100);
        Tables.column(table, i18n.tr("action.source"), row -> i18n.tr(row.action().source()), 120);
        table.setItems(vm.rows());
        Tables.onOpen(table, vm::edit);
        Label count = Forms.muted(new Label());
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.tr("action.overview.count", vm.rows().size()), vm.rows()));
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(10, title, filters, table, count);
        root.setPadding(new Insets(16));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.load();
    }
}
