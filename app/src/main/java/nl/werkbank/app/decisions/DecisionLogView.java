package nl.werkbank.app.decisions;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.fx.Screen;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.fx.TeamFilter;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.DecisionHistory;
import nl.werkbank.core.decisions.DecisionSummary;
import nl.werkbank.core.teams.Team;
import org.controlsfx.control.textfield.CustomTextField;

/** Besluiten: the decision log per team, searchable, with every step of the chosen decision. */
public final class DecisionLogView implements Screen {

    private final DecisionLogViewModel vm;
    private final CustomTextField search = new CustomTextField();
    private final VBox detail = new VBox(10);
    private final VBox root;

    public DecisionLogView(DecisionLogViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        Label title = new Label(i18n.tr("nav.decisions"));
        title.getStyleClass().add(Styles.TITLE_2);
        ComboBox<Team> team = TeamFilter.comboBox("log-team", vm.teams(), vm.team(), i18n);
        search.setId("log-search");
        search.setPromptText(i18n.tr("decision.log.search"));
        search.setPrefWidth(320);
        search.textProperty().bindBidirectional(vm.searchText());
        HBox filters = new HBox(8, team, search);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<DecisionSummary> table = Tables.table(i18n.tr("decision.log.none"));
        table.setId("log-table");
        // Date, team, status and vote keep their width on a 1366 screen; the question takes what is left.
        keepWidth(Tables.column(table, i18n.tr("decision.log.date"), s -> i18n.date(s.lastWorkedOn() != null ? s.lastWorkedOn()
                : s.raisedOn()), 105));
        keepWidth(Tables.wrapping(Tables.column(table, i18n.tr("action.team"), s -> s.teamName() == null ? "" : s.teamName(), 150)));
        Tables.wrapping(Tables.column(table, i18n.tr("decision.log.question"), s -> s.decision().question(), 320)).setMinWidth(140);
        keepWidth(Tables.column(table, i18n.tr("decision.status"), s -> i18n.tr(s.decision().status()), 100));
        keepWidth(Tables.column(table, i18n.tr("decision.log.lastVote"), s -> s.lastOutcome() == null ? ""
                : i18n.tr(s.lastOutcome()), 150));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        table.setItems(vm.summaries());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.select(now));
        vm.selected().addListener((obs, old, now) -> showDetail(now, i18n));
        detail.setPadding(new Insets(8, 12, 8, 12));
        detail.setId("log-detail");
        showDetail(null, i18n);
        ScrollPane detailPane = new ScrollPane(detail);
        detailPane.setFitToWidth(true);
        SplitPane split = new SplitPane(table, detailPane);
        split.setDividerPositions(0.66);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(10, title, filters, split);
        root.setPadding(new Insets(16));
    }

    private static void keepWidth(javafx.scene.control.TableColumn<?, ?> column) {
        column.setMinWidth(column.getPrefWidth());
    }

    private void showDetail(DecisionHistory history, Localization i18n) {
        if (history == null) {
            detail.getChildren().setAll(MasterDetail.emptyState(i18n.tr("decision.log.choose")));
            return;
        }
        detail.getChildren().clear();
        for (DecisionHistoryText.Block block : DecisionHistoryText.of(history, i18n)) {
            detail.getChildren().add(MasterDetail.section(block.heading()));
            for (String line : block.lines()) {
                Label label = new Label(line);
                label.setWrapText(true);
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                detail.getChildren().add(label);
            }
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.load();
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
    }
}
