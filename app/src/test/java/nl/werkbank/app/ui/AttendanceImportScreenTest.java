package nl.werkbank.app.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import nl.werkbank.app.fx.DialogService;
import nl.werkbank.app.fx.FileRequest;
import nl.werkbank.app.fx.Nav;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.imports.ColumnRole;
import nl.werkbank.core.imports.ImportBatch;
import nl.werkbank.core.imports.MeetingPreview;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.teams.Team;
import org.junit.jupiter.api.Test;

/**
 * Uitwisselen → Presentielijsten uit Excel: a list whose headers Werkbank does not know is mapped by hand (header
 * row, name, organisation and presence columns), the preview shows the meeting and the names to confirm, the import
 * adds exactly that, and Import ongedaan maken removes it again.
 */
class AttendanceImportScreenTest extends UiTestBase {

    private Path list;
    private Team team;

    @Override
    void prepare(Werkbank werkbank) {
        team = werkbank.teams().create("Armoede en schulden", false);
        werkbank.people().create("Sanne de Vries", null, null, false);
        try {
            list = Files.writeString(folder.resolve("lijst maart.csv"),
                    "Bijeenkomst werkteam Armoede en schulden;;\nDatum: 14-3-2019;;\nWie;Waar;Hoe\nSanne de Vris;;x\nKarin Nieuw;DOCK;o\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    DialogService dialogs(DialogService real) {
        return new DialogService() {
            @Override
            public boolean confirm(String title, String message, String confirmLabel) {
                return true;
            }

            @Override
            public void showError(String title, String message) {
                throw new AssertionError(message);
            }

            @Override
            public void showInfo(String title, String message) {
            }

            @Override
            public Optional<Path> chooseFileToOpen(FileRequest request) {
                return Optional.of(list);
            }
        };
    }

    @Test
    void mapTheColumnsSeeThePreviewImportAndUndo() {
        interact(() -> window.show(Nav.EXCHANGE));
        // The part is at the end of Uitwisselen: scrolled to, as a user would.
        javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) lookup(".scroll-pane").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null
                        && sp.getContent().lookup("#attendance-import-team") != null).findFirst().orElseThrow();
        interact(() -> page.setVvalue(1.0));
        ComboBox<Team> teams = lookup("#attendance-import-team").queryComboBox();
        interact(() -> teams.getSelectionModel().select(teams.getItems().stream()
                .filter(t -> t.id().equals(team.id())).findFirst().orElseThrow()));
        clickOn("#attendance-import-choose");
        waitUntil(() -> lookup("#attendance-import-mapping").query().isVisible());
        assertThat(text("#attendance-import-read-as")).isEqualTo("lijst maart.csv, gelezen als CSV (puntkomma, UTF-8)");
        assertThat(text("#attendance-import-message")).contains("kan niet worden ingelezen");
        assertThat(lookup("#attendance-import-problems .label").queryAll()).singleElement().satisfies(label -> assertThat(
                ((javafx.scene.control.Label) label).getText()).isEqualTo("Blad lijst maart: geen kolom met namen gevonden (kop 'Naam' ontbreekt)."));
        assertThat(lookup("#attendance-import-apply").query().isDisabled()).isTrue();

        Spinner<Integer> headerRow = lookup("#attendance-import-header-row").query();
        interact(() -> headerRow.getValueFactory().setValue(3));
        choose("#attendance-import-column-A", ColumnRole.NAME);
        choose("#attendance-import-column-B", ColumnRole.ORGANIZATION);
        choose("#attendance-import-column-C", ColumnRole.PRESENCE);
        waitUntil(() -> !lookup("#attendance-import-apply").query().isDisabled());

        TableView<MeetingPreview> meetings = lookup("#attendance-import-meetings").queryTableView();
        assertThat(meetings.getItems()).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(of(2019, 3, 14));
            assertThat(m.existing()).isFalse();
            assertThat(m.added()).isEqualTo(2);
        });
        CheckBox same = lookup("#attendance-import-same-lijst-maart-A4").query();
        assertThat(same.getText()).isEqualTo("Sanne de Vris is Sanne de Vries (eerst in lijst maart!A4)");
        assertThat(same.isSelected()).isTrue();
        assertThat(lookup("#attendance-import-names .label").queryAll()).anySatisfy(label ->
                assertThat(((javafx.scene.control.Label) label).getText()).isEqualTo("nieuw: Karin Nieuw (eerst in lijst maart!A5)"));
        assertThat(text("#attendance-import-totals")).isEqualTo("Bijeenkomsten: 1 (1 nieuw) · regels: 2 nieuw, 0 gewijzigd, 0 gelijk");
        Screenshots.capture("attendance-import-preview");
        scrollTo(page, "#attendance-import-names");
        Screenshots.capture("attendance-import-names");
        assertThat(werkbank.meetings().teamMeetingOn(team.id(), of(2019, 3, 14))).as("nothing before Importeren").isEmpty();

        scrollTo(page, "#attendance-import-apply");
        clickOn("#attendance-import-apply");
        waitUntil(() -> text("#attendance-import-message").contains("is ingelezen"));
        var meeting = werkbank.meetings().teamMeetingOn(team.id(), of(2019, 3, 14)).orElseThrow();
        assertThat(werkbank.attendance().lines(meeting.id())).extracting(l -> l.personName(), l -> l.attendance().status(),
                l -> l.organizationName()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Sanne de Vries", AttendanceStatus.PRESENT, null),
                org.assertj.core.groups.Tuple.tuple("Karin Nieuw", AttendanceStatus.ONLINE, "DOCK"));
        TableView<ImportBatch> batches = lookup("#attendance-import-batches").queryTableView();
        waitUntil(() -> batches.getItems().size() == 1);

        // The next file with the same headers is mapped the same way at once.
        assertThat(werkbank.attendanceImport().propose(werkbank.attendanceImport().read(list), team.id()).column(ColumnRole.NAME)).isZero();

        interact(() -> batches.getSelectionModel().select(0));
        scrollTo(page, "#attendance-import-undo");
        clickOn("#attendance-import-undo");
        waitUntil(() -> text("#attendance-import-message").contains("ongedaan gemaakt"));
        assertThat(werkbank.meetings().teamMeetingOn(team.id(), of(2019, 3, 14))).isEmpty();
        assertThat(werkbank.people().list()).extracting(r -> r.person().name()).containsExactly("Sanne de Vries");
        waitUntil(() -> batches.getItems().size() == 1 && batches.getItems().get(0).undoneAt() != null);
        assertThat(lookup("#attendance-import-undo").query().isDisabled()).isTrue();
    }

    /** Scrolls the page so the node is in view, as a user scrolls to a button before clicking it. */
    private void scrollTo(javafx.scene.control.ScrollPane page, String query) {
        javafx.scene.Node node = lookup(query).query();
        interact(() -> {
            double y = page.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
    }

    private void choose(String query, ColumnRole role) {
        ComboBox<ColumnRole> box = lookup(query).queryComboBox();
        interact(() -> box.setValue(role));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
