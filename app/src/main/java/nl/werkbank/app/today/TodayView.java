package nl.werkbank.app.today;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.Nav;
import nl.werkbank.app.fx.Screen;
import nl.werkbank.app.fx.TimeText;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.today.TodayOverview;
import nl.werkbank.core.today.TodayService;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The start page: the next meeting with one key (Enter) to open it, the ones after it, the open actions that are due;
 * on an empty Werkplaats the first steps.
 */
public final class TodayView implements Screen {

    private final TodayViewModel vm;
    private final Localization i18n;
    private final java.util.function.Consumer<Nav> go;
    private final Runnable planMeeting;
    private final Runnable loadDemo;
    private final VBox content = new VBox(18);
    private final ScrollPane root;
    private Button primary;

    /** {@code go} opens another screen, {@code planMeeting} "Nieuwe bijeenkomst", {@code loadDemo} the demo Werkplaats. */
    public TodayView(TodayViewModel vm, java.util.function.Consumer<Nav> go, Runnable planMeeting, Runnable loadDemo) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        this.go = go;
        this.planMeeting = planMeeting;
        this.loadDemo = loadDemo;
        content.setPadding(new Insets(20, 24, 20, 24));
        content.setId("today-screen");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        vm.snapshot().addListener((obs, old, now) -> fill(now));
        // Enter does the page's main thing (or presses the page's button that has the focus), wherever the focus is
        // while this page is shown: a filter on the scene, so no control (a navigation button) can swallow it first.
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> enter = event -> {
            if (event.getCode() != javafx.scene.input.KeyCode.ENTER || primary == null || event.isShortcutDown()) {
                return;
            }
            Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
            boolean onThisPage = owner != null && nl.werkbank.app.fx.Focus.inside(owner, root);
            (onThisPage && owner instanceof Button focused ? focused : primary).fire();
            event.consume();
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, enter);
            }
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, enter);
            }
        });
    }

    private void fill(TodayOverview snapshot) {
        Label title = new Label(i18n.tr("today.title", i18n.weekday(snapshot.today()), i18n.date(snapshot.today())));
        title.getStyleClass().add(Styles.TITLE_2);
        content.getChildren().setAll(title);
        primary = null;
        if (snapshot.empty()) {
            content.getChildren().add(firstSteps());
        } else {
            content.getChildren().addAll(next(snapshot), actions(snapshot));
        }
        focusPrimary();
    }

    private Node next(TodayOverview snapshot) {
        VBox card = new VBox(8);
        card.getStyleClass().add("today-card");
        card.setPadding(new Insets(16));
        MeetingRow next = snapshot.next();
        Label heading = section(next != null && next.meeting().date().equals(snapshot.today())
                ? i18n.tr("today.meetingToday") : i18n.tr("today.nextMeeting"));
        card.getChildren().add(heading);
        if (next == null) {
            Label none = new Label(i18n.tr("today.noMeeting"));
            none.setWrapText(true);
            primary = button("today-new-meeting", i18n.tr("today.planMeeting"), Feather.PLUS, planMeeting);
            card.getChildren().addAll(none, primary);
            return card;
        }
        Label what = new Label(describe(next));
        what.setId("today-next");
        what.getStyleClass().add(Styles.TITLE_3);
        what.setWrapText(true);
        primary = button("today-open", i18n.tr("today.open"), Feather.PLAY, () -> vm.open(next));
        card.getChildren().addAll(what, primary);
        if (!snapshot.later().isEmpty()) {
            card.getChildren().add(Forms.muted(new Label(i18n.tr("today.later"))));
            for (MeetingRow row : snapshot.later()) {
                Label line = new Label("• " + describe(row));
                line.setWrapText(true);
                card.getChildren().add(line);
            }
        }
        return card;
    }

    private String describe(MeetingRow row) {
        var m = row.meeting();
        String who = m.title() != null ? m.title() : row.teamName() != null ? row.teamName() : i18n.tr(m.type());
        String where = row.venueName() == null ? "" : " · " + row.venueName();
        return i18n.tr("today.meetingLine", who, i18n.weekday(m.date()), i18n.date(m.date()), TimeText.format(m.start()),
                TimeText.format(m.end())) + where;
    }

    private Node actions(TodayOverview snapshot) {
        VBox card = new VBox(6);
        card.getStyleClass().add("today-card");
        card.setPadding(new Insets(16));
        card.getChildren().add(section(i18n.tr("today.actions", snapshot.open(), snapshot.overdue())));
        if (snapshot.due().isEmpty()) {
            card.getChildren().add(Forms.muted(new Label(i18n.tr("today.noActionsDue", TodayService.DUE_WITHIN_DAYS))));
        }
        for (ActionRow row : snapshot.due()) {
            boolean late = row.action().dueDate().isBefore(snapshot.today());
            Label line = new Label(i18n.tr(late ? "today.actionLate" : "today.actionDue", row.action().description(),
                    row.ownerNames().isEmpty() ? "—" : String.join(", ", row.ownerNames()), i18n.date(row.action().dueDate())));
            line.setWrapText(true);
            if (late) {
                line.getStyleClass().add(Styles.DANGER);
                line.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
            }
            card.getChildren().add(line);
        }
        card.getChildren().add(button("today-all-actions", i18n.tr("today.allActions"), Feather.CHECK_SQUARE,
                () -> go.accept(Nav.ACTIONS)));
        card.setId("today-actions");
        return card;
    }

    /** An empty Werkplaats: what to do first, each a button. */
    private Node firstSteps() {
        VBox card = new VBox(10);
        card.setId("today-empty");
        card.getStyleClass().add("today-card");
        card.setPadding(new Insets(16));
        Label intro = new Label(i18n.tr("today.empty.intro"));
        intro.setWrapText(true);
        primary = button("today-demo", i18n.tr("today.empty.demo"), Feather.PLAY_CIRCLE, loadDemo);
        card.getChildren().addAll(section(i18n.tr("today.empty.title")), intro,
                step("1", i18n.tr("today.empty.step1"), primary),
                step("2", i18n.tr("today.empty.step2"), button("today-teams", i18n.tr("nav.teams"), Feather.USERS, () -> go.accept(Nav.TEAMS))),
                step("3", i18n.tr("today.empty.step3"), button("today-exchange", i18n.tr("nav.exchange"), Feather.REFRESH_CW,
                        () -> go.accept(Nav.EXCHANGE))));
        return card;
    }

    private static HBox step(String number, String text, Button action) {
        Label count = new Label(number);
        count.getStyleClass().add(Styles.TITLE_3);
        count.setMinWidth(28);
        Label words = new Label(text);
        words.setWrapText(true);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        action.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox line = new HBox(12, count, words, action);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        label.setWrapText(true);
        return label;
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Enter does the page's main thing: open the next meeting, plan one, or load the demo. */
    private void focusPrimary() {
        if (primary != null) {
            if (!primary.getStyleClass().contains(Styles.ACCENT)) {
                primary.getStyleClass().add(Styles.ACCENT);
            }
            nl.werkbank.app.fx.Focus.on(primary, root);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.load();
        focusPrimary();
    }

    /** Ctrl+N here plans a meeting. */
    @Override
    public void createNew() {
        planMeeting.run();
    }

    @Override
    public void focusSearch() {
        focusPrimary();
    }
}
