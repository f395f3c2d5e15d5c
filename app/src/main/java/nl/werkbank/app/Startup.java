package nl.werkbank.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Start-up checks for installers: {@code --smoke-test} opens the main window on an empty temporary data
 * folder, prints when the first frame with data was drawn (milliseconds since the JVM started) and quits with
 * exit code 0; after 60 seconds without a window it quits with 1.
 */
final class Startup {

    private static final long TIMEOUT_MILLIS = 60_000;

    private Startup() {
    }

    /** Without a display the headless Monocle platform draws in memory, so CI needs no X server. */
    static void prepareSmokeTest() {
        if (blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY")) && !isWindowsOrMac()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TIMEOUT_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("smoke-test: no window after " + TIMEOUT_MILLIS + " ms");
            Runtime.getRuntime().halt(1);
        }, "smoke-test-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isWindowsOrMac() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        return os.contains("win") || os.contains("mac");
    }

    static Path temporaryDataFolder() {
        try {
            Path folder = Files.createTempDirectory("werkbank-smoke");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After the next two pulses (the frame is then on screen): report, and in a smoke test quit. */
    static void firstFrameShown(boolean quit, String what) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first-frame " + what + " " + millis + " ms");
                if (quit) {
                    System.out.println("smoke-test: ok");
                    Platform.exit();
                }
            }
        }.start();
    }
}
