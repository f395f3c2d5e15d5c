package nl.werkbank.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import nl.werkbank.app.preferences.Settings;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void aFirstStartOnA1366LaptopOpensMaximisedAndOnALargeScreenTakesMostOfItCentred() {
        assertThat(WindowPlacement.plan(new Settings(), List.of(LAPTOP), LAPTOP).maximized()).isTrue();
        WindowPlacement.Plan large = WindowPlacement.plan(new Settings(), List.of(FULL_HD), FULL_HD);
        assertThat(large.maximized()).isFalse();
        assertThat(large.bounds()).isEqualTo(new Rectangle2D(144, 78, 1632, 884));
    }

    @Test
    void theWindowComesBackWhereItWasAndIsPulledBackOntoAScreenThatGotSmaller() {
        Settings settings = new Settings();
        settings.setWindowBounds(200.0, 100.0, 1400.0, 900.0);
        assertThat(WindowPlacement.plan(settings, List.of(FULL_HD), FULL_HD))
                .isEqualTo(new WindowPlacement.Plan(new Rectangle2D(200, 100, 1400, 900), false));
        // The same window on the laptop: no larger than the screen, and inside it.
        WindowPlacement.Plan onLaptop = WindowPlacement.plan(settings, List.of(LAPTOP), LAPTOP);
        assertThat(onLaptop.bounds().getWidth()).isEqualTo(1366);
        assertThat(onLaptop.bounds().getMinX()).isZero();
        assertThat(onLaptop.bounds().getMaxY()).isLessThanOrEqualTo(728);
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneOpensAsOnAFirstStart() {
        Settings settings = new Settings();
        settings.setWindowBounds(2500.0, 100.0, 1200.0, 800.0);
        assertThat(WindowPlacement.plan(settings, List.of(LAPTOP), LAPTOP)).isEqualTo(new WindowPlacement.Plan(null, true));
        settings.setWindowMaximized(true);
        assertThat(WindowPlacement.plan(settings, List.of(FULL_HD), FULL_HD).maximized()).isTrue();
    }
}
