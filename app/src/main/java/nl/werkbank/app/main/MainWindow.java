package nl.werkbank.app.main;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.werkbank.app.actions.ActionsView;
import nl.werkbank.app.actions.ActionsViewModel;
import nl.werkbank.app.decisions.DecisionLogView;
import nl.werkbank.app.decisions.DecisionLogViewModel;
import nl.werkbank.app.exchange.ExchangeView;
import nl.werkbank.app.exchange.ExchangeViewModel;
import nl.werkbank.app.fx.FxDialogService;
import nl.werkbank.app.fx.JobStatus;
import nl.werkbank.app.fx.Nav;
import nl.werkbank.app.fx.Reopener;
import nl.werkbank.app.fx.SaveStatus;
import nl.werkbank.app.sync.SyncViewModel;
import nl.werkbank.app.fx.Screen;
import nl.werkbank.app.fx.TaskExecutor;
import nl.werkbank.app.fx.Theme;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.app.i18n.Language;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.meetings.MeetingView;
import nl.werkbank.app.meetings.MeetingViewModel;
import nl.werkbank.app.meetings.MeetingsView;
import nl.werkbank.app.meetings.MeetingsViewModel;
import nl.werkbank.app.organizations.OrganizationsView;
import nl.werkbank.app.organizations.OrganizationsViewModel;
import nl.werkbank.app.people.PeopleView;
import nl.werkbank.app.people.PeopleViewModel;
import nl.werkbank.app.preferences.Settings;
import nl.werkbank.app.preferences.SettingsStore;
import nl.werkbank.app.privacy.PrivacyViewModel;
import nl.werkbank.app.reports.ReportsView;
import nl.werkbank.app.reports.ReportsViewModel;
import nl.werkbank.app.settings.BackupsViewModel;
import nl.werkbank.app.settings.SettingsView;
import nl.werkbank.app.settings.SettingsViewModel;
import nl.werkbank.app.teams.TeamsView;
import nl.werkbank.app.teams.TeamsViewModel;
import nl.werkbank.app.today.TodayView;
import nl.werkbank.app.today.TodayViewModel;
import nl.werkbank.core.Werkbank;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: menu, navigation on the left, the chosen screen in the middle, save status at the
 * bottom. Screens are built when first opened. Switching language rebuilds everything in the new language.
 */
public final class MainWindow {

    private final Stage stage;
    private final Werkbank werkbank;
    private final TaskExecutor executor;
    private final SettingsStore settingsStore;
    private final Settings settings;
    private final Map<Nav, Screen> screens = new EnumMap<>(Nav.class);
    private SyncViewModel sync;
    private final Map<Nav, ToggleButton> navButtons = new EnumMap<>(Nav.class);
    private final StackPane content = new StackPane();
    private Reopener reopener;
    private UiContext ui;
    private BorderPane root;
    private VBox navigation;
    private Nav current;
    /** The meeting being run, shown instead of the navigation; null when none is open. */
    private MeetingView meeting;
    private java.util.function.UnaryOperator<nl.werkbank.app.fx.DialogService> dialogsAround = java.util.function.UnaryOperator.identity();

    public MainWindow(Stage stage, Werkbank werkbank, TaskExecutor executor, SettingsStore settingsStore, Settings settings) {
        this.stage = stage;
        this.werkbank = werkbank;
        this.executor = executor;
        this.settingsStore = settingsStore;
        this.settings = settings;
    }

    /** Puts something around the window's dialogs before {@link #show}: a test answers the file choosers this way. */
    public void wrapDialogs(java.util.function.UnaryOperator<nl.werkbank.app.fx.DialogService> around) {
        this.dialogsAround = around;
    }

    /** Shows the window content on the stage's scene (creating the scene on first call). */
    public void show(Nav start) {
        Parent root = build();
        if (stage.getScene() == null) {
            // Never larger than the screen (a 1366×768 laptop would otherwise lose the status bar).
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
            Theme.apply(scene);
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        installCloseHandler();
        stage.setTitle(ui.i18n().tr("app.title"));
        open(start);
    }

    private Parent build() {
        Localization i18n = new Localization(settings.getLanguage());
        ui = new UiContext(werkbank, executor, dialogsAround.apply(new FxDialogService(stage, i18n)), i18n, new SaveStatus(i18n), () -> stage, settings);
        if (sync != null) {
            sync.stopAutomatic();
        }
        sync = new SyncViewModel(ui);
        sync.onReceived(this::showReceived);
        screens.clear();
        navButtons.clear();
        content.getChildren().clear();
        root = new BorderPane(content);
        root.setTop(menu());
        navigation = navigation();
        root.setLeft(navigation);
        root.setBottom(statusBar());
        return root;
    }

    private MenuBar menu() {
        Localization i18n = ui.i18n();
        MenuItem demo = new MenuItem(i18n.tr("menu.loadDemo"));
        demo.setId("menu-load-demo");
        demo.setOnAction(event -> loadDemo());
        MenuItem quit = new MenuItem(i18n.tr("menu.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        MenuItem exchange = new MenuItem(i18n.tr("menu.exchange"));
        exchange.setOnAction(event -> open(Nav.EXCHANGE));
        Menu file = new Menu(i18n.tr("menu.file"), null, exchange, demo, new SeparatorMenuItem(), quit);

        MenuItem newItem = new MenuItem(i18n.tr("menu.new"));
        newItem.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        newItem.setOnAction(event -> active().createNew());
        MenuItem find = new MenuItem(i18n.tr("menu.find"));
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(event -> active().focusSearch());
        Menu edit = new Menu(i18n.tr("menu.edit"), null, newItem, find);

        Menu go = new Menu(i18n.tr("menu.go"));
        for (Nav nav : Nav.values()) {
            MenuItem item = new MenuItem(i18n.tr(nav.key()));
            item.setAccelerator(new KeyCodeCombination(nav.shortcut(), KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(event -> open(nav));
            go.getItems().add(item);
        }

        MenuItem about = new MenuItem(i18n.tr("menu.about"));
        about.setOnAction(event -> ui.dialogs().showInfo(i18n.tr("app.title"), i18n.tr("about.text")));
        Menu help = new Menu(i18n.tr("menu.help"), null, about);
        return new MenuBar(file, edit, go, help);
    }

    private VBox navigation() {
        Label brand = new Label(ui.i18n().tr("app.name"));
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        VBox nav = new VBox(4, brand);
        nav.getStyleClass().add("navigation");
        nav.setPadding(new Insets(16, 8, 16, 8));
        nav.setPrefWidth(210);
        ToggleGroup group = new ToggleGroup();
        for (Nav entry : Nav.values()) {
            ToggleButton button = new ToggleButton(ui.i18n().tr(entry.key()), new FontIcon(entry.icon()));
            button.setId("nav-" + entry.name().toLowerCase());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().addAll(Styles.FLAT, "nav-button");
            button.setOnAction(event -> open(entry));
            navButtons.put(entry, button);
            nav.getChildren().add(button);
        }
        // A nav button can never be "unselected" by clicking it again.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return nav;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("save-status");
        status.textProperty().bind(ui.saveStatus().message());
        ui.saveStatus().hasFailed().addListener((obs, old, failed) -> {
            status.getStyleClass().remove(Styles.DANGER);
            if (failed) {
                status.getStyleClass().add(Styles.DANGER);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        String dataDirectory = ui.i18n().tr("status.dataDirectory", werkbank.dataDirectory().toString());
        Label folder = new Label(dataDirectory);
        folder.getStyleClass().add(Styles.TEXT_MUTED);
        if (!werkbank.opened().isDone()) {
            // Only seen when opening is slow (a schema update after installing a new version).
            folder.setText(ui.i18n().tr("startup.opening"));
            werkbank.opened().thenRun(() -> javafx.application.Platform.runLater(() -> folder.setText(dataDirectory)));
        }
        HBox bar = new HBox(12, status, new JobStatus(ui.executor().runningJob(), ui.i18n()), spacer, syncStatus(), folder);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    /**
     * Where this laptop is with the Werkplaats server (only with one set up): a click syncs now, or with conflicts open
     * shows them in Uitwisselen.
     */
    private Node syncStatus() {
        Hyperlink link = new Hyperlink();
        link.setId("sync-status");
        link.textProperty().bind(sync.status());
        link.visibleProperty().bind(sync.configured());
        link.managedProperty().bind(sync.configured());
        link.setFocusTraversable(false);
        link.setOnAction(event -> {
            if (sync.conflicts().get() > 0) {
                open(Nav.EXCHANGE);
            }
            sync.syncNow(true);
        });
        sync.startAutomatic();
        return link;
    }

    /** Keyboard shortcuts are menu accelerators (Ctrl+1…9, Ctrl+N, Ctrl+F, Ctrl+Q); closing stores the field being typed. */
    private void installCloseHandler() {
        stage.setOnCloseRequest(event -> {
            if (current != null) {
                active().commitPending();
            }
            WindowPlacement.remember(stage, settings);
            try {
                settingsStore.save(settings);
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(MainWindow.class).warn("Could not store the window's place", e);
            }
            if (meeting != null) {
                meeting.close();
            }
        });
        // A closed window syncs no more: its timer would otherwise fire at a database that is closed by then.
        stage.setOnHidden(event -> {
            if (sync != null) {
                sync.stopAutomatic();
            }
        });
    }

    /** Shows a screen; the one being left first stores the field being typed in. */
    public void open(Nav nav) {
        if (current != null && (current != nav || meeting != null)) {
            active().commitPending();
        }
        closeMeeting();
        current = nav;
        Screen screen = screen(nav);
        content.getChildren().setAll(screen.node());
        navButtons.get(nav).setSelected(true);
        screen.shown();
    }

    /**
     * A sync brought changes: the screen in view reads them, so the next edit starts from them and does not save an older
     * copy over them. Not while the cursor is in a text field (the user may be typing; the next showing reads them) and
     * not in a meeting, whose screen keeps its own state while it runs.
     */
    private void showReceived() {
        if (current == null || meeting != null || stage.getScene() == null
                || stage.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        screen(current).shown();
    }

    /** Opens the meeting screen in place of the navigation (the steps have their own rail). */
    public void openMeeting(java.util.UUID meetingId) {
        active().commitPending();
        closeMeeting();
        meeting = new MeetingView(new MeetingViewModel(ui, meetingId), () -> open(Nav.MEETINGS));
        root.setLeft(null);
        content.getChildren().setAll(meeting.node());
        meeting.shown();
    }

    private void closeMeeting() {
        if (meeting != null) {
            meeting.close();
            meeting = null;
            root.setLeft(navigation);
        }
    }

    private Screen active() {
        return meeting != null ? meeting : screen(current);
    }

    private Screen screen(Nav nav) {
        return screens.computeIfAbsent(nav, this::create);
    }

    private Screen create(Nav nav) {
        return switch (nav) {
            case TODAY -> new TodayView(new TodayViewModel(ui, this::openMeeting), this::open, () -> {
                open(Nav.MEETINGS);
                screen(Nav.MEETINGS).createNew();
            }, this::loadDemo);
            case TEAMS -> new TeamsView(new TeamsViewModel(ui), this::loadDemo);
            case MEETINGS -> new MeetingsView(new MeetingsViewModel(ui, this::openMeeting));
            case PEOPLE -> new PeopleView(new PeopleViewModel(ui));
            case ORGANIZATIONS -> new OrganizationsView(new OrganizationsViewModel(ui));
            case REPORTS -> new ReportsView(new ReportsViewModel(ui));
            case DECISIONS -> new DecisionLogView(new DecisionLogViewModel(ui));
            case ACTIONS -> new ActionsView(new ActionsViewModel(ui));
            case EXCHANGE -> new ExchangeView(new ExchangeViewModel(ui));
            case SETTINGS -> new SettingsView(new SettingsViewModel(ui, settingsStore, settings, this::languageChanged),
                    new BackupsViewModel(ui, () -> active().shown()), new PrivacyViewModel(ui, reopener),
                    new nl.werkbank.app.settings.QuestionsViewModel(ui), sync, this::loadDemo);
        };
    }

    /** A double-clicked exchange file: straight to its import preview. */
    public void openExchangeFile(java.nio.file.Path file) {
        open(Nav.EXCHANGE);
        ((ExchangeView) screen(Nav.EXCHANGE)).preview(file);
    }

    private void loadDemo() {
        new DemoAction(ui, () -> active().shown()).run();
    }

    private void languageChanged(Language language) {
        show(current);
    }

    /** For tests and the close handler: the screen on display. */
    public Nav current() {
        return current;
    }

    /** How the window closes and reopens its data folder (encrypting it); without one, that button is disabled. */
    public void setReopener(Reopener reopener) {
        this.reopener = reopener;
    }

    public UiContext ui() {
        return ui;
    }
}
