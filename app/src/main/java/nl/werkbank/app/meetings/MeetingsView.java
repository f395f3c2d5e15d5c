package nl.werkbank.app.meetings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.Screen;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.teams.Team;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Bijeenkomsten: the list of meetings with a team filter; Enter or double-click opens the meeting screen. */
public final class MeetingsView implements Screen {

    private final MeetingsViewModel vm;
    private final Localization i18n;
    private final TableView<MeetingRow> table;
    private final BorderPane root;

    public MeetingsView(MeetingsViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        Label title = new Label(i18n.tr("nav.meetings"));
        title.getStyleClass().add(Styles.TITLE_2);
        ComboBox<Team> team = new ComboBox<>(vm.teams());
        team.setId("meetings-team-filter");
        team.setConverter(Forms.converter(t -> t == null ? i18n.tr("meetings.allTeams") : t.name()));
        team.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Team item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? i18n.tr("meetings.allTeams") : item.name());
            }
        });
        team.valueProperty().bindBidirectional(vm.team());
        Button newMeeting = new Button(i18n.tr("meeting.new"), new FontIcon(Feather.PLUS));
        newMeeting.setId("meeting-new");
        newMeeting.getStyleClass().add(Styles.ACCENT);
        newMeeting.setOnAction(event -> createNew());
        Button open = new Button(i18n.tr("meeting.open"), new FontIcon(Feather.PLAY));
        open.setId("meeting-open");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, team, open, newMeeting);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(16, 20, 8, 20));

        table = Tables.table(i18n.tr("meetings.none"));
        table.setId("meeting-list");
        Tables.column(table, i18n.tr("meeting.date"), row -> i18n.tr("meeting.dateTime", i18n.weekday(row.meeting().date()),
                i18n.date(row.meeting().date()), row.meeting().start(), row.meeting().end()), 205);
        Tables.wrapping(Tables.column(table, i18n.tr("meeting.what"), this::what, 330));
        Tables.column(table, i18n.tr("meeting.mode"), row -> i18n.tr(row.meeting().mode()), 75);
        Tables.wrapping(Tables.column(table, i18n.tr("meeting.venue"), row -> row.venueName() == null ? "" : row.venueName(), 250));
        Tables.column(table, i18n.tr("meeting.presentCount"), row -> row.meeting().type().isPublic()
                ? i18n.tr("meeting.visitorsCount", row.visitors()) : Long.toString(row.present()), 110);
        table.setItems(vm.meetings());
        Tables.onOpen(table, vm::open);
        Tables.keepSelection(table, row -> row.meeting().id());
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> vm.open(table.getSelectionModel().getSelectedItem()));
        Button delete = Tables.rowButton(table, Feather.TRASH_2, i18n.tr("button.delete"), vm::delete);
        delete.setId("meeting-delete");
        header.getChildren().add(header.getChildren().indexOf(open), delete);

        VBox body = new VBox(8, Forms.muted(new Label(i18n.tr("meetings.explain"))), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        body.setPadding(new Insets(0, 20, 16, 20));
        root = new BorderPane(body);
        root.setTop(header);
        root.setId("meetings-screen");
    }

    private String what(MeetingRow row) {
        String type = i18n.tr(row.meeting().type());
        String who = row.teamName() != null ? row.teamName() : i18n.tr("meeting.werkplaatsWide");
        return row.meeting().title() != null ? type + ": " + row.meeting().title() : type + " · " + who;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.reload();
        // Ctrl+2 then Enter opens a meeting: the list has the keys at once.
        javafx.application.Platform.runLater(table::requestFocus);
    }

    @Override
    public void createNew() {
        new NewMeetingDialog(vm, vm.defaultTeam(table.getSelectionModel().getSelectedItem())).showAndWait().ifPresent(vm::created);
    }

    @Override
    public void focusSearch() {
        table.requestFocus();
    }
}
