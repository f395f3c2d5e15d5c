package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.exchange.ExportOptions;
import org.junit.jupiter.api.Test;

/** A file that deletes meetings here: the preview says what goes with them, and importing asks first. */
class ExchangeDeletionScreenTest extends UiTestBase {

    private Path deleting;

    @Override
    void prepare(Werkbank werkbank) {
        DemoWerkplaats.load(werkbank, false);
        Path own = werkbank.exchange().export(folder.resolve("eigen.werkbank"), ExportOptions.everything()).file();
        // Two meetings with a private check-in here (private rounds stay on this laptop): the preview must say those go too.
        java.util.List<UUID> withPrivate = werkbank.database().transaction(c -> nl.werkbank.core.storage.Sql.list(c,
                "SELECT m.id FROM meeting m WHERE EXISTS (SELECT 1 FROM check_in c WHERE c.meeting_id = m.id AND c.private)"
                + " ORDER BY m.meeting_date, m.id LIMIT 2", row -> nl.werkbank.core.storage.Sql.uuid(row, "id")));
        try (Werkbank other = Werkbank.open(folder.resolve("other"), java.time.Clock.fixed(NOW.plusSeconds(3600),
                java.time.ZoneId.of("Europe/Amsterdam")))) {
            other.exchange().apply(other.exchange().read(own));
            withPrivate.forEach(other.meetings()::delete);
            deleting = other.exchange().export(folder.resolve("verwijdert.werkbank"), ExportOptions.everything()).file();
        }
    }

    @Test
    void thePreviewSaysWhatGoesAndImportingAsksFirst() {
        long meetings = werkbank.info().recordCounts().get("meeting");
        interact(() -> window.openExchangeFile(deleting));
        assertThat(text("#exchange-removals")).startsWith("Dit bestand verwijdert hier: 2 bijeenkomsten,").contains("privé")
                .contains("presentieregels");
        Screenshots.capture("exchange-removals");

        clickOn("#exchange-apply");
        clickOn("Annuleren");
        assertThat(werkbank.info().recordCounts().get("meeting")).isEqualTo(meetings);

        clickOn("#exchange-apply");
        clickOn("Toch inlezen en verwijderen");
        waitUntil(() -> werkbank.info().recordCounts().get("meeting") == meetings - 2);
    }
}
