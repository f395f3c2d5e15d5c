package nl.werkbank.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
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
 * The JavaFX application. The database opens on its own thread while JavaFX starts and the main window is
 * built; the first screen's data follows as soon as it is open. A failure — locked, corrupt — is explained
 * before quitting.
 */
public final class WerkbankApplication extends Application {

    private static volatile CompletableFuture<Werkbank> opening;
    private static volatile Path dataDirectory;
    private static volatile Path openFile;
    private static volatile boolean smokeTest;

    private TaskExecutor executor;
    private Werkbank werkbank;
    private MainWindow window;

    /** Called by {@link Main} before {@link Application#launch}: JavaFX creates this class itself. */
    static void configure(CompletableFuture<Werkbank> database, Path directory, Path file, boolean smoke) {
        opening = database;
        dataDirectory = directory;
        openFile = file;
        smokeTest = smoke;
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SettingsStore store = new SettingsStore(dataDirectory);
        Settings settings = store.load();
        Localization i18n = new Localization(settings.getLanguage());
        werkbank = opening.join();
        executor = new FxTaskExecutor(werkbank.opened());
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        window = new MainWindow(stage, werkbank, executor, store, settings);
        window.show(Nav.TEAMS);
        stage.show();
        if (openFile != null) {
            window.openExchangeFile(openFile);
        }
        werkbank.opened().exceptionally(failure -> {
            Platform.runLater(() -> explainAndQuit(stage, failure instanceof CompletionException ? failure.getCause() : failure, i18n));
            return null;
        });
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
        // No half-empty window behind the message.
        stage.hide();
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        if (werkbank != null) {
            werkbank.close();
        }
    }
}
