package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import nl.werkbank.app.fx.DialogService;
import nl.werkbank.app.fx.FileRequest;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.activity.ActivityReport;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.hours.Period;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The coordinator opens Rapportages → Activiteiten for 2021-H2, sees the same figures the core counts, and saves the
 * Word draft, which holds them too.
 */
class ActivityReportScreenTest extends UiTestBase {

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
    void theActivitiesOfThePeriodShowAndSaveWithTheSameFigures() throws Exception {
        Files.createDirectories(folder.resolve("gekozen"));
        clickOn("#nav-reports");
        clickOn("#reports-tab-activities");
        Period newest = werkbank.hours().halfYearsWithLines().get(0);
        waitUntil(() -> lookup("#activity-cafes").tryQuery().isPresent());
        clickOn("#reports-previous");
        Period shown = newest.shiftHalfYear(-1);
        ActivityReport expected = werkbank.activity().report(shown);
        waitUntil(() -> lookup("#activity-summary").queryAs(Label.class).getText()
                .contains(expected.cafes().cafes().size() + " kenniscafés met samen " + expected.cafes().visitors() + " bezoekers"));

        TableView<?> cafes = lookup("#activity-cafes").queryTableView();
        // One row per café and the total.
        assertThat(cafes.getItems()).hasSize(expected.cafes().cafes().size() + 1);
        TableView<?> teams = lookup("#activity-teams").queryTableView();
        assertThat(teams.getItems()).hasSize(expected.teams().size());
        assertThat(cellText(teams, 0, 0)).isEqualTo(expected.teams().get(0).team());
        assertThat(cellText(teams, 0, 1)).isEqualTo(Integer.toString(expected.teams().get(0).meetings().size()));
        Screenshots.capture("reports-activities");

        // The hours tab puts each partner's commitment beside its hours: Gemeente Rotterdam, 160 a year, half of it.
        clickOn("#reports-tab-hours");
        TableView<?> hours = lookup("#reports-table").queryTableView();
        @SuppressWarnings("unchecked")
        TableView<Object> rows = (TableView<Object>) hours;
        var committed = rows.getColumns().stream().filter(c -> c.getText().equals("Toegezegd (uur)")).findFirst().orElseThrow();
        // The names stand in a frozen column of their own, beside the same rows.
        @SuppressWarnings("unchecked")
        TableView<Object> names = (TableView<Object>) lookup("#reports-names").queryTableView();
        waitUntil(() -> !names.getItems().isEmpty());
        int rotterdam = java.util.stream.IntStream.range(0, names.getItems().size())
                .filter(i -> String.valueOf(names.getColumns().get(0).getCellData(i)).strip().equals("Gemeente Rotterdam"))
                .findFirst().orElseThrow();
        assertThat(committed.getCellData(rotterdam)).isEqualTo("80,00");
        clickOn("#reports-tab-activities");

        clickOn("#activity-export-document");
        waitUntil(() -> !told.isEmpty());
        assertThat(asked).singleElement().satisfies(request -> {
            assertThat(request.patterns()).containsExactly("*.docx");
            assertThat(request.proposed().getFileName().toString()).contains(shown.label()).endsWith(".docx");
        });
        Path written = folder.resolve("gekozen").resolve(asked.get(0).proposed().getFileName());
        try (InputStream in = Files.newInputStream(written); XWPFDocument document = new XWPFDocument(in)) {
            XWPFTable table = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Werkteam")
                            && t.getRow(0).getCell(1).getText().equals("Bijeenkomsten"))
                    .findFirst().orElseThrow();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo(expected.teams().get(0).team());
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo(Integer.toString(expected.teams().get(0).meetings().size()));
        }
    }

    @SuppressWarnings("unchecked")
    private static String cellText(TableView<?> table, int row, int column) {
        TableView<Object> view = (TableView<Object>) table;
        return String.valueOf(view.getColumns().get(column).getCellData(row));
    }
}
