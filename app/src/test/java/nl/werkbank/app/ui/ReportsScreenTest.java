package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.hours.HoursLine;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.Period;
import org.junit.jupiter.api.Test;

/** The coordinator opens Rapportages, goes to 2021-H2, sees the numbers reconcile and drills down. */
class ReportsScreenTest extends UiTestBase {

    @Override
    void prepare(Werkbank werkbank) {
        DemoWerkplaats.load(werkbank, false);
    }

    @Test
    void overviewReconcilesOnScreenAndDrillsDownToTheLines() {
        clickOn("#nav-reports");
        assertThat(lookup("#reports-period").queryAs(Label.class).getText()).startsWith("2026-H1");
        for (int i = 0; i < 9; i++) {
            clickOn("#reports-previous");
        }
        assertThat(lookup("#reports-period").queryAs(Label.class).getText()).isEqualTo("2021-H2 (01-07-2021 – 31-12-2021)");

        HoursOverview expected = werkbank.hours().overview(Period.parse("2021-H2"));
        assertThat(expected.reconciles()).isTrue();
        String reconciliation = lookup("#reports-reconciliation").queryAs(Label.class).getText();
        assertThat(reconciliation).startsWith("Partners ").endsWith("✔")
                .contains("= Alle regels " + expected.linesTotal().setScale(2).toPlainString().replace('.', ',') + " ✔");

        TableView<?> table = lookup("#reports-table").queryTableView();
        assertThat(table.getItems()).hasSize(expected.partners().size() + 1 + expected.overigBreakdown().size());
        Screenshots.capture("reports");

        doubleClickOn("Gemeente Rotterdam");
        TableView<HoursLine> lines = lookup("#reports-lines").queryTableView();
        assertThat(lines.getItems()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.organizationName()).isEqualTo("Gemeente Rotterdam");
            assertThat(line.partner()).isTrue();
        });
        Screenshots.capture("reports-lines");
        clickOn("Close");

        // Versturen: Gemeente Rotterdam is frozen as version 1.
        clickOn("Gemeente Rotterdam");
        clickOn("#reports-issue");
        clickOn("Vastleggen");
        var statements = werkbank.statements().versions(Period.parse("2021-H2"));
        assertThat(statements).singleElement().satisfies(statement -> {
            assertThat(statement.version()).isEqualTo(1);
            assertThat(statement.totalHours()).isEqualByComparingTo(expected.partners().stream()
                    .filter(p -> p.name().equals("Gemeente Rotterdam")).findFirst().orElseThrow().totalHours());
        });
        assertThat(lookup("versie 1 · 25-11-2026").tryQuery()).isPresent();
        assertThat(lookup("#reports-issued").queryAs(Label.class).getText()).contains("gewijzigd na versturen: niets");
        Screenshots.capture("reports-issued");
    }
}
