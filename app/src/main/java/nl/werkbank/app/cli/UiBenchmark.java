package nl.werkbank.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import nl.werkbank.app.fx.FxTaskExecutor;
import nl.werkbank.app.main.MainWindow;
import nl.werkbank.app.fx.Nav;
import nl.werkbank.app.preferences.SettingsStore;
import nl.werkbank.core.Werkbank;

/**
 * {@code werkbank bench --only ui}: the real main window on the big Werkplaats (headless when there is no display),
 * a meeting opened, and keys as a facilitator types them: attendance keys on the presentielijst and check-in
 * entries (text, then Enter). Measured per key: from the key event to the next pulse of the scene (the frame that
 * shows it). Saves run on the window's background executor, as in the program, and go on while typing continues.
 */
final class UiBenchmark {

    private static final int ATTENDANCE_KEYS = 200;
    private static final int CHECK_INS = 100;
    private static final int PER_MEETING = 20;
    /** A quick typist: ten keys a second. */
    private static final long PAUSE_MILLIS = 100;

    private final Werkbank werkbank;
    private final Path settingsFolder;
    private Stage stage;
    private MainWindow window;

    UiBenchmark(Werkbank werkbank, Path settingsFolder) {
        this.werkbank = werkbank;
        this.settingsFolder = settingsFolder;
    }

    /** The table: per kind of key, p50, p99 and max in milliseconds. */
    String run() throws Exception {
        if (blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            // Monocle's headless screen is 1280 x 800 unless told: the window below must fit on it.
            System.setProperty("headless.geometry", "1600x1000-32");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        List<UUID> meetings = nl.werkbank.bench.BigWerkplaats.busiestMeetings(werkbank.database(), PER_MEETING,
                ATTENDANCE_KEYS / PER_MEETING);
        onFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            stage = new Stage();
            SettingsStore store = new SettingsStore(settingsFolder);
            window = new MainWindow(stage, werkbank, new FxTaskExecutor(werkbank.opened()), store, store.load());
            window.show(Nav.TEAMS);
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
            return null;
        });
        List<Double> attendance = new ArrayList<>();
        List<Double> typing = new ArrayList<>();
        List<Double> enter = new ArrayList<>();
        KeyCode[] statuses = {KeyCode.A, KeyCode.A, KeyCode.A, KeyCode.B, KeyCode.A, KeyCode.A, KeyCode.X, KeyCode.A, KeyCode.O, KeyCode.A};
        int checkIns = 0;
        for (UUID meeting : meetings) {
            onFx(() -> {
                window.openMeeting(meeting);
                return null;
            });
            Node table = waitFor("#attendance-table");
            waitUntilLoaded((javafx.scene.control.TableView<?>) table);
            onFx(() -> {
                table.requestFocus();
                ((javafx.scene.control.TableView<?>) table).getSelectionModel().clearAndSelect(0);
                return null;
            });
            for (int i = 0; i < PER_MEETING; i++) {
                attendance.add(press(table, statuses[i % statuses.length], false));
            }
            if (checkIns >= CHECK_INS) {
                continue;
            }
            press(table, KeyCode.DIGIT3, true);
            Node text = waitFor("#round-text");
            for (int turn = 0; turn < PER_MEETING && checkIns < CHECK_INS && visible(text); turn++) {
                for (char c : ("Inbreng " + turn).toCharArray()) {
                    typing.add(type(text, c));
                }
                enter.add(press(text, KeyCode.ENTER, false));
                checkIns++;
            }
        }
        Platform.exit();
        StringBuilder out = new StringBuilder(String.format("%-44s %8s %8s %8s %8s%n", "key press -> next pulse (ms)", "count", "p50",
                "p99", "max"));
        out.append("-".repeat(80)).append('\n');
        row(out, "attendance key (A/B/O/X) on the list", attendance);
        row(out, "check-in: a character typed", typing);
        row(out, "check-in: Enter (saves, next person)", enter);
        List<Double> all = new ArrayList<>(attendance);
        all.addAll(typing);
        all.addAll(enter);
        row(out, "all keys (target p99 <= 16 ms)", all);
        return out.toString();
    }

    private static void row(StringBuilder out, String what, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            out.append(String.format("%-44s %8d%n", what, 0));
            return;
        }
        out.append(String.format("%-44s %8d %8.1f %8.1f %8.1f%n", what, sorted.length, percentile(sorted, 50),
                percentile(sorted, 99), sorted[sorted.length - 1]));
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** A key pressed on {@code target}; milliseconds until the scene's next pulse has laid it out. */
    private double press(Node target, KeyCode code, boolean shortcut) throws Exception {
        return measure(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, shortcut, false, false));
    }

    private double type(Node target, char c) throws Exception {
        return measure(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
    }

    private double measure(Node target, KeyEvent event) throws Exception {
        Thread.sleep(PAUSE_MILLIS);
        CompletableFuture<Double> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = target.getScene();
            long start = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                shown.complete((System.nanoTime() - start) / 1e6);
            };
            Event.fireEvent(target, event);
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        return shown.get(30, TimeUnit.SECONDS);
    }

    private Node waitFor(String selector) throws Exception {
        Node[] shown = new Node[1];
        waitUntil(() -> {
            shown[0] = stage.getScene().lookup(selector);
            return shown[0] != null && shown[0].isVisible();
        }, selector);
        return shown[0];
    }

    /** The meeting's lines are in the list: keys are measured on an opened meeting, not beside its loading. */
    private void waitUntilLoaded(javafx.scene.control.TableView<?> table) throws Exception {
        waitUntil(() -> table.getItems().size() >= PER_MEETING, "the meeting's lines");
    }

    /** Checks {@code done} on the FX thread every 50 ms, for a minute at most. */
    private static void waitUntil(Supplier<Boolean> done, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!onFx(done)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not shown within a minute: " + what);
            }
            Thread.sleep(50);
        }
    }

    private boolean visible(Node node) throws Exception {
        return onFx(() -> node.isVisible() && !node.isDisabled() && node.getScene() != null);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
