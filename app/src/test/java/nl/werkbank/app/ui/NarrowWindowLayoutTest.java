package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the window's default size on a 1280-pixel laptop screen, the form beside the list fits: no sideways
 * scrolling, so the privacy note, the buttons above a table and its last column are not cut off.
 */
class NarrowWindowLayoutTest extends UiTestBase {

    @Override
    void prepare(Werkbank werkbank) {
        DemoWerkplaats.load(werkbank, false);
    }

    @Test
    void formsFitBesideTheListIn1280Pixels() {
        interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        for (String screen : new String[] {"#nav-teams", "#nav-people", "#nav-organizations"}) {
            clickOn(screen);
            waitUntil(() -> lookup(".table-view").queryAll().stream()
                    .anyMatch(table -> !((TableView<?>) table).getSelectionModel().isEmpty()));
            WaitForAsyncUtils.waitForFxEvents();
            ScrollPane detail = lookup("#detail-scroll").queryAs(ScrollPane.class);
            double content = detail.getContent().getLayoutBounds().getWidth();
            assertThat(content).as(screen + ": form width within the visible area")
                    .isLessThanOrEqualTo(detail.getViewportBounds().getWidth() + 0.5);
        }
    }
}
