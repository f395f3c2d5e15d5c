package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.products.Product;
import nl.werkbank.core.products.ProductType;
import org.junit.jupiter.api.Test;

/**
 * The coordinator adds a podcast episode to the products register (a title left empty first), and the activity
 * report of its half-year lists it.
 */
class ProductsRegisterTest extends UiTestBase {

    @Override
    void prepare(Werkbank werkbank) {
        DemoWerkplaats.load(werkbank, false);
    }

    @Test
    void aNewProductIsCheckedKeptAndReported() {
        int before = werkbank.products().all().size();
        clickOn("#nav-reports");
        clickOn("#reports-tab-activities");
        waitUntil(() -> lookup("#activity-products").tryQuery().isPresent());
        clickOn("#activity-products");
        waitUntil(() -> lookup("#products-table").tryQuery().isPresent());
        TableView<?> register = lookup("#products-table").queryTableView();
        assertThat(register.getItems()).hasSize(before);

        clickOn("#products-add");
        // Chosen on the box itself: "Podcastaflevering" is also a cell of the register behind the dialog.
        ComboBox<ProductType> type = lookup("#product-type").queryComboBox();
        interact(() -> type.getSelectionModel().select(ProductType.PODCAST_EPISODE));
        replaceText(lookup("#product-date").queryAs(DatePicker.class).getEditor(), "15-03-2022");
        clickOn("Opslaan");
        assertThat(lookup(".field-error").queryAllAs(Label.class)).anySatisfy(label -> assertThat(label.getText()).isNotBlank());
        assertThat(werkbank.products().all()).hasSize(before);

        clickOn("#product-title").write("Werkplaatspodcast 5: vertrouwen");
        clickOn((javafx.scene.Node) lookup("#product-teams").lookup(".check-box").query());
        Screenshots.capture("product-dialog");
        clickOn("Opslaan");
        waitUntil(() -> werkbank.products().all().size() == before + 1);
        Product added = werkbank.products().all().stream().filter(p -> p.title().startsWith("Werkplaatspodcast 5")).findFirst()
                .orElseThrow();
        assertThat(added.type()).isEqualTo(ProductType.PODCAST_EPISODE);
        assertThat(added.date()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(added.teamIds()).hasSize(1);
        waitUntil(() -> lookup("#products-table").queryTableView().getItems().size() == before + 1);
        Screenshots.capture("products-register");
        push(KeyCode.ESCAPE);

        assertThat(werkbank.activity().report(nl.werkbank.core.hours.Period.halfYear(2022, 1)).products())
                .anySatisfy(line -> assertThat(line.product().title()).isEqualTo("Werkplaatspodcast 5: vertrouwen"));
    }
}
