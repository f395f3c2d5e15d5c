package nl.werkbank.app.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import nl.werkbank.app.fx.CurrentThreadTaskExecutor;
import nl.werkbank.app.fx.Nav;
import nl.werkbank.app.fx.TaskExecutor;
import nl.werkbank.app.main.MainWindow;
import nl.werkbank.app.preferences.SettingsStore;
import nl.werkbank.core.Werkbank;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real main window on a fresh data folder. Storage work runs on the FX thread here
 * (CurrentThreadTaskExecutor), so every click has finished its save when the next line runs.
 * (FxToolkit directly: TestFX's ApplicationExtension does not find @Start in a base class, TestFX #730.)
 */
abstract class UiTestBase extends FxRobot {

    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path folder;
    Werkbank werkbank;
    MainWindow window;
    Stage stage;

    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::start);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        werkbank = openWerkbank(folder, Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam")));
        prepare(werkbank);
        SettingsStore store = new SettingsStore(folder);
        window = new MainWindow(stage, werkbank, executor(), store, store.load());
        window.wrapDialogs(this::dialogs);
        window.show(Nav.TEAMS);
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    /** The data folder the window opens on: without encryption unless a test says otherwise. */
    Werkbank openWerkbank(Path folder, Clock clock) {
        return Werkbank.open(folder, clock);
    }

    /** Where the window runs its work: on the FX thread, unless a test needs the real threads. */
    TaskExecutor executor() {
        return new CurrentThreadTaskExecutor();
    }

    /** The window's dialogs as a test sees them: the real ones, unless a test answers some itself. */
    nl.werkbank.app.fx.DialogService dialogs(nl.werkbank.app.fx.DialogService real) {
        return real;
    }

    /** Data to have in the database before the window opens. */
    void prepare(Werkbank werkbank) {
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        if (werkbank != null) {
            werkbank.close();
        }
    }

    /** Selects all text in the input and types {@code text} instead, as a user would. */
    FxRobot replaceText(Node input, String text) {
        clickOn(input).press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.CONTROL)
                .type(javafx.scene.input.KeyCode.DELETE);
        return text.isEmpty() ? this : write(text);
    }

    String text(String query) {
        Node node = lookup(query).query();
        return ((Labeled) node).getText();
    }

    void waitUntil(BooleanSupplier condition) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not reached within 5 s", e);
        }
    }

    /** Waits until a dialog is open and its cursor is where typing starts. */
    void waitForFocus(String query) {
        try {
            waitUntil(() -> lookup(query).tryQuery().map(node -> node.getScene() != null
                    && node.getScene().getFocusOwner() == node).orElse(false));
        } catch (AssertionError e) {
            throw new AssertionError("focus is not on " + query + " but on " + stage.getScene().getFocusOwner()
                    + " (window focused: " + stage.isFocused() + ")", e);
        }
        // Where TestFX sends typed text (it does not follow the keyboard focus by itself); not a mouse event.
        targetWindow(lookup(query).query().getScene().getWindow());
    }
}
