package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.exchange.Conflict;
import nl.werkbank.core.exchange.ExportOptions;
import nl.werkbank.core.exchange.KindCounts;
import nl.werkbank.core.people.Person;
import org.junit.jupiter.api.Test;

/**
 * The coordinator opens a facilitator's file: the preview shows what changes and nothing is changed yet;
 * importing applies it; a name changed on both laptops shows as a conflict and the other version can be
 * taken. A broken file only gets a message.
 */
class ExchangeScreenTest extends UiTestBase {

    private Path fromFacilitator;
    private Person noor;

    @Override
    void prepare(Werkbank werkbank) {
        Path base = folder.resolve("base.werkbank");
        try (Werkbank origin = Werkbank.open(folder.resolve("origin"), clock(-2))) {
            noor = origin.people().create("Noor de Wit", null, null, false);
            origin.exchange().export(base, ExportOptions.everything());
        }
        werkbank.exchange().apply(werkbank.exchange().read(base));
        werkbank.people().save(werkbank.people().get(noor.id()).withName("Noor de Wit-Jansen"), false);
        try (Werkbank facilitator = Werkbank.open(folder.resolve("facilitator"), clock(1))) {
            facilitator.exchange().apply(facilitator.exchange().read(base));
            facilitator.people().save(facilitator.people().get(noor.id()).withName("Noor Jansen"), false);
            facilitator.teams().create("Gezond-sociaal", false);
            fromFacilitator = facilitator.exchange().export(folder.resolve("facilitator.werkbank"), ExportOptions.everything()).file();
        }
    }

    private static Clock clock(int hours) {
        return Clock.fixed(NOW.plus(Duration.ofHours(hours)), ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void previewThenImportThenTakeTheOtherVersionOfAConflict() throws Exception {
        interact(() -> window.openExchangeFile(fromFacilitator));
        TableView<Map.Entry<String, KindCounts>> preview = lookup("#exchange-preview-table").queryTableView();
        assertThat(preview.getItems()).extracting(e -> e.getKey()).contains("team", "person");
        assertThat(preview.getItems()).filteredOn(e -> e.getKey().equals("team")).singleElement()
                .satisfies(e -> assertThat(e.getValue().added()).isEqualTo(1));
        assertThat(text("#exchange-source")).contains("facilitator.werkbank");
        assertThat(werkbank.teams().list()).as("nothing changes before Inlezen").isEmpty();
        Screenshots.capture("exchange-preview");

        clickOn("#exchange-apply");
        assertThat(text("#exchange-import-message")).startsWith("Ingelezen.");
        assertThat(werkbank.teams().list()).extracting(row -> row.team().name()).containsExactly("Gezond-sociaal");
        assertThat(werkbank.people().get(noor.id()).name()).isEqualTo("Noor Jansen");

        ListView<Conflict> conflicts = lookup("#exchange-conflicts").queryListView();
        assertThat(conflicts.getItems()).singleElement().satisfies(c -> assertThat(c.label()).isEqualTo("Noor de Wit-Jansen"));
        Screenshots.capture("exchange-conflict");
        clickOn(lookup("#exchange-conflicts .list-cell").<javafx.scene.Node>query());
        clickOn("#exchange-take-other");
        assertThat(werkbank.people().get(noor.id()).name()).isEqualTo("Noor de Wit-Jansen");
        assertThat(conflicts.getItems()).isEmpty();
    }

    @Test
    void aFileWithAnotherExchangePasswordAsksForItUntilItIsRight() throws Exception {
        Path locked;
        try (Werkbank facilitator = Werkbank.open(folder.resolve("facilitator"), clock(2))) {
            locked = facilitator.exchange().export(folder.resolve("dicht.werkbank"),
                    ExportOptions.everything().withPassword("werkplaats-rijnmond-2026".toCharArray())).file();
        }
        Path file = locked;
        // Not interact(): the password question is modal and would wait for the test that waits for it.
        javafx.application.Platform.runLater(() -> window.openExchangeFile(file));
        waitUntil(() -> lookup("#dialog-password").tryQuery().isPresent());
        clickOn("#dialog-password").write("fout").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> lookup("Het uitwisselwachtwoord klopt niet voor dicht.werkbank. Er is niets veranderd.").tryQuery().isPresent());
        clickOn("#dialog-password").write("werkplaats-rijnmond-2026").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> lookup("#exchange-preview").query().isVisible());
        assertThat(text("#exchange-source")).contains("dicht.werkbank");
    }

    @Test
    void includingPrivateTextsShowsAWarning() {
        interact(() -> window.openExchangeFile(fromFacilitator));
        clickOn("#exchange-apply");
        clickOn("#exchange-team").clickOn("Gezond-sociaal");
        clickOn("#exchange-private");
        assertThat(lookup(".label").queryAllAs(javafx.scene.control.Label.class)).anySatisfy(label -> {
            assertThat(label.getText()).startsWith("Let op: privé-incheck- en uitcheckteksten gaan mee");
            assertThat(label.isVisible()).isTrue();
        });
        Screenshots.capture("exchange-export");
    }

    @Test
    void aBrokenFileOnlyGetsAMessage() throws Exception {
        Path broken = Files.writeString(folder.resolve("kapot.werkbank"), "Dit is geen uitwisselbestand");
        long people = werkbank.people().list().size();
        interact(() -> window.openExchangeFile(broken));
        assertThat(text("#exchange-import-message")).contains("kapot.werkbank is geen geldig uitwisselbestand");
        assertThat(lookup("#exchange-preview").query().isVisible()).isFalse();
        assertThat(werkbank.people().list()).hasSize((int) people);
    }
}
