package nl.werkbank.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
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
 * The JavaFX application. The window appears at once; the database is opened in the background
 * (migrations may take a moment) and a failure — locked, corrupt — is explained before quitting.
 */
public final class WerkbankApplication extends Application {

    private static volatile Path dataDirectory;
    private static volatile Path openFile;
    private static volatile boolean smokeTest;

    private final TaskExecutor executor = new FxTaskExecutor();
    private Werkbank werkbank;
    private MainWindow window;

    /** Called by {@link Main} before {@link Application#launch}: JavaFX creates this class itself. */
    static void configure(Path directory, Path file, boolean smoke) {
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

        ProgressIndicator progress = new ProgressIndicator();
        VBox loading = new VBox(16, progress, new Label(i18n.tr("startup.opening")));
        loading.setAlignment(javafx.geometry.Pos.CENTER);
        // Never larger than the screen (a 1366×768 laptop would otherwise lose the status bar).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(loading, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight())));
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setTitle(i18n.tr("app.title"));
        stage.show();

        BackgroundTask.wrap(() -> Werkbank.open(dataDirectory))
                .onSuccess(opened -> {
                    werkbank = opened;
                    stage.setScene(null);
                    window = new MainWindow(stage, werkbank, executor, store, settings);
                    window.show(Nav.TEAMS);
                    if (openFile != null) {
                        window.openExchangeFile(openFile);
                    }
                    Startup.firstFrameShown(smokeTest, "werkbank");
                })
                .onFailure(e -> {
                    Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(e, i18n), ButtonType.OK);
                    alert.setHeaderText(i18n.tr("startup.failed"));
                    alert.initOwner(stage);
                    if (smokeTest) {
                        System.err.println("smoke-test: failed: " + e);
                        System.exit(1);
                    }
                    alert.showAndWait();
                    Platform.exit();
                })
                .executeWith(executor);
    }

    @Override
    public void stop() {
        executor.shutdown();
        if (werkbank != null) {
            werkbank.close();
        }
    }
}
