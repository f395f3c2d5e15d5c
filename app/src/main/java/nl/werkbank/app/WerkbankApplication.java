package nl.werkbank.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import nl.werkbank.app.fx.Nav;
import nl.werkbank.app.fx.TaskExecutor;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.main.MainWindow;
import nl.werkbank.app.preferences.Settings;
import nl.werkbank.app.preferences.SettingsStore;
import nl.werkbank.app.privacy.PassphraseDialog;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.storage.Backup;
import nl.werkbank.core.storage.Backups;
import nl.werkbank.core.storage.FileKey;
import nl.werkbank.core.storage.FolderState;
import nl.werkbank.core.storage.StorageException;

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
    private SettingsStore store;
    private Settings settings;
    private Localization i18n;
    /** The data key the folder was opened with (asked for in the window, or known at launch). */
    private FileKey key = FileKey.NONE;

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
        store = new SettingsStore(dataDirectory);
        settings = store.load();
        i18n = new Localization(settings.getLanguage());
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        if (opening == null) {
            // An encrypted folder without its passphrase, or a new one: ask before anything opens.
            Optional<FileKey> asked = FolderState.of(dataDirectory) == FolderState.ENCRYPTED
                    ? PassphraseDialog.unlock(dataDirectory, i18n) : PassphraseDialog.setUp(dataDirectory, i18n);
            if (asked.isEmpty()) {
                Platform.exit();
                return;
            }
            key = asked.get();
            startWith(stage, Werkbank.openInBackground(dataDirectory, key));
        } else {
            startWith(stage, opening.join());
        }
        if (openFile != null) {
            window.openExchangeFile(openFile);
        }
    }

    /** Builds the window on an opening (or open) database; also after a damaged one was replaced by a backup. */
    private void startWith(Stage stage, Werkbank opened) {
        werkbank = opened;
        key = opened.fileKey();
        executor = new FxTaskExecutor(werkbank.opened());
        window = new MainWindow(stage, werkbank, executor, store, settings);
        window.setReopener(whileClosed -> reopenAfter(stage, whileClosed));
        window.show(Nav.TODAY);
        if (!stage.isShowing()) {
            nl.werkbank.app.main.WindowPlacement.restore(stage, settings);
        }
        stage.show();
        werkbank.opened().exceptionally(failure -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            Platform.runLater(() -> cannotOpen(stage, cause));
            return null;
        });
        // Storage work runs in order on one thread and hands back in order: once this empty task is back, the
        // first screen's data is in its controls, and the next frame shows it.
        BackgroundTask.wrap(() -> Boolean.TRUE)
                .onSuccess(loaded -> Startup.firstFrameShown(smokeTest, "werkbank"))
                .executeWith(executor);
        if (!smokeTest) {
            StartupCheck.inBackground(werkbank, settings.getRoundRetentionMonths(), result -> Platform.runLater(() -> {
                result.recovered().ifPresent(backup -> window.ui().dialogs().showInfo(i18n.tr("interrupted.title"),
                        i18n.tr("interrupted.restored", i18n.dateTime(backup.created()))));
                if (result.damaged()) {
                    damaged(result);
                }
            }));
        }
    }

    /**
     * Closes the folder once the queued storage work is done, runs {@code whileClosed} (encrypting it), and builds the
     * window again on the key it returns; when it fails, the folder reopens as it was and the reason is shown.
     */
    private void reopenAfter(Stage stage, java.util.function.Function<Path, FileKey> whileClosed) {
        executor.shutdown();
        werkbank.close();
        FileKey next = key;
        RuntimeException failure = null;
        stage.getScene().setCursor(javafx.scene.Cursor.WAIT);
        try {
            next = whileClosed.apply(dataDirectory);
        } catch (RuntimeException e) {
            failure = e;
        }
        stage.getScene().setCursor(javafx.scene.Cursor.DEFAULT);
        startWith(stage, Werkbank.openInBackground(dataDirectory, next));
        if (failure != null) {
            window.ui().showFailure(failure);
        }
    }

    /** The database opened but the check found damage: restore the latest sound backup in place, or quit. */
    private void damaged(StartupCheck.Result result) {
        if (!DamageDialog.offerRestore(i18n, i18n.tr("damage.found"), result.problems(), result.latestSound())) {
            Platform.exit();
            return;
        }
        BackgroundTask.wrap(() -> werkbank.backups().restore(result.latestSound().orElseThrow().file()))
                .onSuccess(counts -> {
                    window.show(Nav.TODAY);
                    window.ui().dialogs().showInfo(i18n.tr("backups.restore.title"),
                            i18n.tr("backups.restored", i18n.dateTime(result.latestSound().orElseThrow().created())));
                })
                .onFailure(e -> window.ui().showFailure(e))
                .executeWith(executor);
    }

    /** Locked: say so and quit. Damaged: offer the latest sound backup, and start again on it. */
    private void cannotOpen(Stage stage, Throwable e) {
        // Anything but "in use by another Werkbank" or "no folder" means the file itself could not be read.
        boolean damaged = e instanceof StorageException storage
                && !List.of("error.database.inUse", "error.database.folder").contains(storage.key());
        Optional<Backup> latest = damaged ? Backups.latestSound(dataDirectory) : Optional.empty();
        if (smokeTest || latest.isEmpty()) {
            explainAndQuit(stage, e, i18n);
            return;
        }
        stage.hide();
        executor.shutdown();
        if (!DamageDialog.offerRestore(i18n, ErrorMessages.describe(e, i18n), List.of(), latest)) {
            Platform.exit();
            return;
        }
        try {
            Backups.restoreUnopenable(dataDirectory, key, latest.get().file(), Clock.systemDefaultZone());
        } catch (RuntimeException failed) {
            explainAndQuit(stage, failed, i18n);
            return;
        }
        startWith(stage, Werkbank.openInBackground(dataDirectory, key));
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
