package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.werkbank.app.fx.DialogService;
import nl.werkbank.app.fx.FileRequest;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.exchange.ExchangeData;
import nl.werkbank.core.hours.HoursOverview;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * Every file chooser goes through the DialogService, so the whole export flow in the window can be driven: the
 * button, the proposed name, the file written, and what it holds.
 */
class ExportFlowScreenTest extends UiTestBase {

    private AnsweringDialogs dialogs;
    private List<FileRequest> asked;
    private List<String> told;

    @Override
    void prepare(Werkbank werkbank) {
        DemoWerkplaats.load(werkbank, false);
    }

    /** Answers every "save as" with the proposed name in the test folder, and notes the messages instead of showing them. */
    @Override
    DialogService dialogs(DialogService real) {
        dialogs = new AnsweringDialogs(real, folder.resolve("gekozen"));
        asked = dialogs.asked;
        told = dialogs.told;
        return dialogs;
    }

    @Test
    void theHoursWorkbookIsAskedForNamedAndWrittenWithTheNumbersOnScreen() throws Exception {
        Files.createDirectories(folder.resolve("gekozen"));
        clickOn("#nav-reports");
        waitUntil(() -> !lookup("#reports-export").query().isDisabled());
        clickOn("#reports-export");
        waitUntil(() -> !told.isEmpty());

        assertThat(asked).singleElement().satisfies(request -> {
            assertThat(request.patterns()).containsExactly("*.xlsx");
            assertThat(request.proposed().getFileName().toString()).contains("2022").endsWith(".xlsx");
        });
        Path written = folder.resolve("gekozen").resolve(asked.get(0).proposed().getFileName());
        assertThat(told).singleElement().asString().contains(written.toString());
        HoursOverview overview = werkbank.hours().overview(werkbank.hours().halfYearsWithLines().get(0));
        try (InputStream in = Files.newInputStream(written); Workbook book = WorkbookFactory.create(in)) {
            Sheet summary = book.getSheet("Samenvatting");
            var evaluator = book.getCreationHelper().createFormulaEvaluator();
            // Samenvatting: one row per partner from row 6 (name in A, hours in H), then Overig, then the total.
            int row = 5;
            for (var partner : overview.partners()) {
                assertThat(summary.getRow(row).getCell(0).getStringCellValue()).isEqualTo(partner.name());
                assertThat(evaluator.evaluate(summary.getRow(row).getCell(7)).getNumberValue()).as(partner.name())
                        .isEqualTo(partner.totalHours().doubleValue());
                row++;
            }
            assertThat(summary.getRow(row).getCell(0).getStringCellValue()).isEqualTo("Overig");
            assertThat(evaluator.evaluate(summary.getRow(row).getCell(7)).getNumberValue()).isEqualTo(overview.overig().totalHours().doubleValue());
            BigDecimal total = overview.partners().stream().map(p -> p.totalHours()).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(overview.overig().totalHours());
            assertThat(evaluator.evaluate(summary.getRow(row + 1).getCell(7)).getNumberValue()).isEqualTo(total.doubleValue());
        }
    }

    @Test
    void theExchangeFileIsAskedForNamedAfterTheScopeAndReadsBack() throws Exception {
        Files.createDirectories(folder.resolve("gekozen"));
        clickOn("#nav-exchange");
        clickOn("#exchange-without-password");
        clickOn("#exchange-export");
        waitUntil(() -> text("#exchange-export-result").contains("gekozen"));

        assertThat(asked).singleElement().satisfies(request ->
                assertThat(request.proposed().getFileName().toString()).startsWith("werkbank-alles-").endsWith(".werkbank"));
        Path written = folder.resolve("gekozen").resolve(asked.get(0).proposed().getFileName());
        try (Werkbank other = Werkbank.open(folder.resolve("andere-laptop"))) {
            ExchangeData data = other.exchange().read(written);
            assertThat(data.records().get("person")).hasSize(werkbank.info().recordCounts().get("person").intValue());
        }
    }
}
