package nl.werkbank.app.main;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.werkbank.app.preferences.Settings;

/**
 * Where the main window opens: where it was when it closed, if that is still on a screen; otherwise maximised on
 * a laptop screen (1366×768 leaves no room for a smaller window), or most of a larger one, centred.
 */
public final class WindowPlacement {

    /** Screens this size or smaller open the window maximised. */
    static final double SMALL_WIDTH = 1440;
    static final double SMALL_HEIGHT = 900;
    /** A first start on a larger screen: this share of it, up to this size. */
    private static final double SHARE = 0.85;
    private static final double MAX_WIDTH = 1680;
    private static final double MAX_HEIGHT = 1050;
    /** How much of a remembered window must still be on a screen to use it. */
    private static final double VISIBLE = 120;

    /** What to do with the window: these bounds, or maximised (bounds then null). */
    record Plan(Rectangle2D bounds, boolean maximized) {
    }

    private WindowPlacement() {
    }

    public static void restore(Stage stage, Settings settings) {
        Plan plan = plan(settings, Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                Screen.getPrimary().getVisualBounds());
        // Maximised without remembered bounds: fill the screen first, for desktops that do not maximise windows.
        Rectangle2D bounds = plan.bounds() != null ? plan.bounds() : plan.maximized() ? Screen.getPrimary().getVisualBounds() : null;
        if (bounds != null) {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        }
        stage.setMaximized(plan.maximized());
    }

    /** Notes where the window is, for {@link #restore} at the next start (the caller stores the settings). */
    public static void remember(Stage stage, Settings settings) {
        settings.setWindowMaximized(stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
            settings.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        } else if (settings.getWindowWidth() == null) {
            Rectangle2D primary = Screen.getPrimary().getVisualBounds();
            settings.setWindowBounds(primary.getMinX(), primary.getMinY(), primary.getWidth(), primary.getHeight());
        }
    }

    static Plan plan(Settings settings, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D saved = settings.getWindowWidth() == null || settings.getWindowHeight() == null || settings.getWindowX() == null
                || settings.getWindowY() == null ? null
                : new Rectangle2D(settings.getWindowX(), settings.getWindowY(), settings.getWindowWidth(), settings.getWindowHeight());
        if (saved != null && onScreen(saved, screens)) {
            return settings.isWindowMaximized() ? new Plan(saved, true) : new Plan(fit(saved, screens), false);
        }
        boolean small = primary.getWidth() <= SMALL_WIDTH || primary.getHeight() <= SMALL_HEIGHT;
        if (small || settings.isWindowMaximized()) {
            return new Plan(null, true);
        }
        // A larger screen: most of it, centred (a 1280×800 window looked lost on 1920×1080).
        double width = Math.min(MAX_WIDTH, primary.getWidth() * SHARE);
        double height = Math.min(MAX_HEIGHT, primary.getHeight() * SHARE);
        return new Plan(new Rectangle2D(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height), false);
    }

    private static boolean onScreen(Rectangle2D window, List<Rectangle2D> screens) {
        return screens.stream().anyMatch(screen -> {
            double width = Math.min(window.getMaxX(), screen.getMaxX()) - Math.max(window.getMinX(), screen.getMinX());
            double height = Math.min(window.getMaxY(), screen.getMaxY()) - Math.max(window.getMinY(), screen.getMinY());
            return width >= VISIBLE && height >= VISIBLE;
        });
    }

    /** No larger than the screen it is mostly on (a screen may have become smaller since). */
    private static Rectangle2D fit(Rectangle2D window, List<Rectangle2D> screens) {
        Rectangle2D screen = screens.stream().filter(s -> s.contains(window.getMinX() + window.getWidth() / 2,
                window.getMinY() + window.getHeight() / 2)).findFirst().orElse(screens.get(0));
        double width = Math.min(window.getWidth(), screen.getWidth());
        double height = Math.min(window.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(window.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(window.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }
}
