package nl.werkbank.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.report.MeetingMinutes;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo Werkplaats exported, imported into an empty database and exported again comes out the same. */
class ExchangeRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void demoSurvivesARoundTripWithTheSameOverviewsAndMinutes() throws IOException {
        Path first = folder.resolve("demo.werkbank");
        Path second = folder.resolve("again.werkbank");
        try (Werkbank origin = TestWerkbank.open(folder.resolve("origin"));
             Werkbank copy = TestWerkbank.open(folder.resolve("copy"))) {
            DemoWerkplaats.load(origin, false);
            ExportSummary exported = origin.exchange().export(first, ExportOptions.everything());
            assertThat(exported.counts().get("attendance")).isGreaterThan(500);
            assertThat(exported.personalData().people()).isEqualTo(60);

            ExchangeData data = copy.exchange().read(first);
            ImportResult preview = copy.exchange().preview(data);
            assertThat(preview.applied()).isFalse();
            assertThat(copy.people().list()).isEmpty();
            assertThat(preview.counts().get("attendance").added()).isEqualTo(exported.counts().get("attendance").intValue());

            ImportResult imported = copy.exchange().apply(data);
            assertThat(imported.conflicts()).isEmpty();
            assertThat(imported.total(KindCounts::added)).isEqualTo((int) exported.records());
            copy.exchange().export(second, ExportOptions.everything());

            assertThat(content(second)).isEqualTo(content(first));
            // The activity report's records travel too: products with their teams and authors, follow-ups, commitments.
            for (String kind : List.of("product", "product_team", "product_author")) {
                assertThat(exported.counts().get(kind)).as(kind).isPositive();
            }
            for (Period period : List.of(Period.year(2020), Period.year(2021), Period.year(2022))) {
                assertThat(copy.activity().report(period)).isEqualTo(origin.activity().report(period));
            }
            for (Period period : List.of(Period.halfYear(2025, 1), Period.halfYear(2025, 2), Period.halfYear(2026, 1))) {
                HoursOverview expected = origin.hours().overview(period);
                HoursOverview actual = copy.hours().overview(period);
                assertThat(actual.lines()).isEqualTo(expected.lines());
                assertThat(actual.partners()).isEqualTo(expected.partners());
                assertThat(actual.overig()).isEqualTo(expected.overig());
            }
            for (Meeting meeting : origin.meetings().list(null, null, null).stream().limit(40).map(row -> row.meeting()).toList()) {
                assertThat(MeetingMinutes.collect(copy, meeting.id())).isEqualTo(MeetingMinutes.collect(origin, meeting.id()));
            }

            // The same file again changes nothing.
            ImportResult again = copy.exchange().apply(copy.exchange().read(first));
            assertThat(again.changesAnything()).isFalse();
            assertThat(again.total(KindCounts::unchanged)).isEqualTo((int) exported.records());
        }
    }

    /** The records and deletions of a file, without who made it and when. */
    static JsonNode content(Path file) throws IOException {
        try (InputStream in = new ZipInputStream(Files.newInputStream(file))) {
            ((ZipInputStream) in).getNextEntry();
            JsonNode root = new ObjectMapper().readTree(in);
            return new ObjectMapper().createObjectNode().setAll(java.util.Map.of("records", root.get("records"),
                    "tombstones", root.get("tombstones"), "counts", root.get("counts")));
        }
    }

}
