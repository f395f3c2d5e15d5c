package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
    void chartFollowsTheTableWhenThePeriodChangesBothWaysAndTheListJumpsToAnyHalfYear() {
        clickOn("#nav-reports");
        Period newest = werkbank.hours().halfYearsWithLines().get(0);
        clickOn("#reports-previous");
        clickOn("#reports-next");
        assertChartMatchesTable(newest);
        ComboBox<Period> jump = lookup("#reports-jump").queryComboBox();
        assertThat(jump.getItems()).isEqualTo(werkbank.hours().halfYearsWithLines());
        Period oldest = jump.getItems().get(jump.getItems().size() - 1);
        clickOn(jump).clickOn(oldest.label());
        assertThat(lookup("#reports-period").queryAs(Label.class).getText()).startsWith(oldest.label());
        assertChartMatchesTable(oldest);
    }

    /** The Per organisatie chart shows exactly the table's partner and Overig totals of {@code period}. */
    private void assertChartMatchesTable(Period period) {
        waitUntil(() -> true);
        HoursOverview overview = werkbank.hours().overview(period);
        java.util.Map<String, Double> expected = new java.util.HashMap<>();
        overview.partners().forEach(p -> expected.put(p.name(), p.totalHours().doubleValue()));
        expected.put("Overig", overview.overig().totalHours().doubleValue());
        TableView<?> table = lookup("#reports-table").queryTableView();
        assertThat(table.getItems()).hasSize(overview.partners().size() + 1 + overview.overigBreakdown().size());
        BarChart<Number, String> chart = lookup("#reports-chart-organisations").query();
        java.util.Map<String, Double> bars = new java.util.HashMap<>();
        chart.getData().get(0).getData().forEach(bar -> bars.put(bar.getYValue(), bar.getXValue().doubleValue()));
        assertThat(bars).as(period.label()).isEqualTo(expected);
    }

    @Test
    void overviewReconcilesOnScreenAndDrillsDownToTheLines() {
        clickOn("#nav-reports");
        // Opens on the newest half-year with lines, not on an empty 2026-H1.
        Period newest = werkbank.hours().halfYearsWithLines().get(0);
        assertThat(newest.from().getYear()).isEqualTo(2022);
        assertThat(lookup("#reports-period").queryAs(Label.class).getText()).startsWith(newest.label());
        assertChartMatchesTable(newest);

        // Back a half-year by key, then further by button: the chart follows every step.
        press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(lookup("#reports-period").queryAs(Label.class).getText()).startsWith(newest.shiftHalfYear(-1).label());
        assertChartMatchesTable(newest.shiftHalfYear(-1));
        clickOn("#reports-previous");
        assertThat(lookup("#reports-period").queryAs(Label.class).getText()).startsWith(newest.shiftHalfYear(-1).shiftHalfYear(-1).label());
        assertChartMatchesTable(newest.shiftHalfYear(-1).shiftHalfYear(-1));
        int steps = 0;
        for (Period p = newest.shiftHalfYear(-1).shiftHalfYear(-1); !p.equals(Period.parse("2021-H2")); p = p.shiftHalfYear(-1)) {
            clickOn("#reports-previous");
            steps++;
        }
        assertThat(steps).isLessThan(6);
        assertThat(lookup("#reports-period").queryAs(Label.class).getText()).isEqualTo("2021-H2 (01-07-2021 – 31-12-2021)");
        assertChartMatchesTable(Period.parse("2021-H2"));

        HoursOverview expected = werkbank.hours().overview(Period.parse("2021-H2"));
        assertThat(expected.reconciles()).isTrue();
        String reconciliation = lookup("#reports-reconciliation").queryAs(Label.class).getText();
        assertThat(reconciliation).startsWith("Partners ").endsWith("✔")
                .contains("= Alle regels " + expected.linesTotal().setScale(2).toPlainString().replace('.', ',') + " ✔");

        TableView<?> table = lookup("#reports-table").queryTableView();
        assertThat(table.getItems()).hasSize(expected.partners().size() + 1 + expected.overigBreakdown().size());
        Screenshots.capture("reports");

        // Scrolled sideways to the last column, the organisation names stay in view, level with their numbers.
        TableView<?> names = lookup("#reports-names").queryTableView();
        interact(() -> table.lookupAll(".scroll-bar").stream().map(javafx.scene.control.ScrollBar.class::cast)
                .filter(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .forEach(bar -> bar.setValue(bar.getMax())));
        javafx.scene.Node name = lookup("#reports-names .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> cell) -> "Gemeente Rotterdam".equals(cell.getText())).query();
        javafx.geometry.Bounds onScreen = name.localToScene(name.getBoundsInLocal());
        assertThat(onScreen.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(onScreen.getMaxX()).isLessThan(stage.getScene().getWidth());
        int row = ((javafx.scene.control.TableCell<?, ?>) name).getIndex();
        javafx.scene.Node numbers = lookup("#reports-table .table-row-cell").match(
                (javafx.scene.control.TableRow<?> r) -> r.getIndex() == row).query();
        assertThat(numbers.localToScene(numbers.getBoundsInLocal()).getMinY())
                .isCloseTo(name.localToScene(name.getBoundsInLocal()).getMinY(), org.assertj.core.data.Offset.offset(1.5));
        assertThat(names.getItems()).isSameAs(table.getItems());
        interact(() -> table.lookupAll(".scroll-bar").stream().map(javafx.scene.control.ScrollBar.class::cast)
                .filter(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .forEach(bar -> bar.setValue(0)));

        doubleClickOn("Gemeente Rotterdam");
        TableView<HoursLine> lines = lookup("#reports-lines").queryTableView();
        assertThat(lines.getItems()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.organizationName()).isEqualTo("Gemeente Rotterdam");
            assertThat(line.partner()).isTrue();
        });
        Screenshots.capture("reports-lines");
        clickOn("Sluiten");

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
