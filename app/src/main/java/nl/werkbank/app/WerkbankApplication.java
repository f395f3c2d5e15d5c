package nl.werkbank.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.fx.FxTaskExecutor;
import nl.werkbank.app.fx.TaskExecutor;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.main.MainWindow;
import nl.werkbank.app.main.Nav;
import nl.werkbank.app.settings.Settings;
import nl.werkbank.app.settings.SettingsStore;
import nl.werkbank.core.Werkbank;

/**
 * The JavaFX application. The database is opened on its own thread while JavaFX starts; when that takes longer
 * (migrations) a waiting window appears, and a failure — locked, corrupt — is explained before quitting.
 */
public final class WerkbankApplication extends Application {

    private static volatile CompletableFuture<Werkbank> opening;
    private static volatile Path dataDirectory;
    private static volatile Path openFile;
    private static volatile boolean smokeTest;

    private final TaskExecutor executor = new FxTaskExecutor();
    private Werkbank werkbank;
    private MainWindow window;

    /** Called by {@link Main} before {@link Application#launch}: JavaFX creates this class itself. */
    static void configure(CompletableFuture<Werkbank> database, Path directory, Path file, boolean smoke) {
        opening = database;
        dataDirectory = directory;
        openFile = file;
        smokeTest = smoke;
    }

    /** Starts opening the database on a thread of its own, before JavaFX is up. */
    static CompletableFuture<Werkbank> openInBackground(Path directory) {
        CompletableFuture<Werkbank> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(Werkbank.open(directory));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "open-database");
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SettingsStore store = new SettingsStore(dataDirectory);
        Settings settings = store.load();
        Localization i18n = new Localization(settings.getLanguage());

        // Never larger than the screen (a 1366×768 laptop would otherwise lose the status bar).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setTitle(i18n.tr("app.title"));
        if (!opening.isDone()) {
            // Opening takes longer than JavaFX's start (a migration, a slow disk): say so instead of showing nothing.
            ProgressIndicator progress = new ProgressIndicator();
            VBox loading = new VBox(16, progress, new Label(i18n.tr("startup.opening")));
            loading.setAlignment(javafx.geometry.Pos.CENTER);
            stage.setScene(new Scene(loading, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight())));
            stage.show();
        }
        opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                showMainWindow(stage, opened, store, settings);
            } else {
                explainAndQuit(stage, failure instanceof CompletionException ? failure.getCause() : failure, i18n);
            }
        }));
    }

    private void showMainWindow(Stage stage, Werkbank opened, SettingsStore store, Settings settings) {
        werkbank = opened;
        stage.setScene(null);
        window = new MainWindow(stage, werkbank, executor, store, settings);
        window.show(Nav.TEAMS);
        stage.show();
        if (openFile != null) {
            window.openExchangeFile(openFile);
        }
        // Storage work runs in order on one thread and hands back in order: once this empty task is back, the
        // first screen's data is in its controls, and the next frame shows it.
        BackgroundTask.wrap(() -> Boolean.TRUE)
                .onSuccess(loaded -> Startup.firstFrameShown(smokeTest, "werkbank"))
                .executeWith(executor);
    }

    private static void explainAndQuit(Stage stage, Throwable e, Localization i18n) {
        if (smokeTest) {
            System.err.println("smoke-test: failed: " + e);
            System.exit(1);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(e, i18n), ButtonType.OK);
        alert.setHeaderText(i18n.tr("startup.failed"));
        if (stage.isShowing()) {
            alert.initOwner(stage);
        }
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        executor.shutdown();
        if (werkbank != null) {
            werkbank.close();
        }
    }
}
