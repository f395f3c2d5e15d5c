package nl.werkbank.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.hours.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge guarantees, on generated data: files from several laptops give the same database in any import
 * order, importing a file twice changes nothing, and a coordinator who imports two facilitators' files gets
 * the same half-year overview as one database that had all the meetings.
 */
class ExchangeMergeTest {

    @TempDir
    Path folder;
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-25T09:00:00Z"));

    private Werkbank open(String name) {
        return Werkbank.open(folder.resolve(name), clock);
    }

    @Test
    void threeLaptopsGiveTheOverviewOfOneDatabase() {
        Path base;
        try (Werkbank coordinator = open("coordinator")) {
            DemoWerkplaats.load(coordinator, false);
            base = coordinator.exchange().export(folder.resolve("base.werkbank"), ExportOptions.everything()).file();
        }
        Path fromA = facilitator("a", base, "Armoede en schulden", 11);
        Path fromB = facilitator("b", base, "Multiproblematiek", 22);
        try (Werkbank coordinator = open("coordinator"); Werkbank single = open("single")) {
            single.exchange().apply(single.exchange().read(base));
            Laptop.runMeetings(single, "Armoede en schulden", 11, 5);
            Laptop.runMeetings(single, "Multiproblematiek", 22, 5);

            ImportResult a = coordinator.exchange().apply(coordinator.exchange().read(fromA));
            ImportResult b = coordinator.exchange().apply(coordinator.exchange().read(fromB));
            assertThat(a.counts().get("meeting").added()).isEqualTo(5);
            assertThat(b.counts().get("meeting").added()).isEqualTo(5);
            assertThat(a.conflicts()).isEmpty();
            assertThat(b.conflicts()).isEmpty();

            Period half = Period.halfYear(2022, 2);
            HoursOverview merged = coordinator.hours().overview(half);
            HoursOverview expected = single.hours().overview(half);
            assertThat(merged.lines()).hasSize(expected.lines().size()).isNotEmpty();
            assertThat(byName(merged.partners())).isEqualTo(byName(expected.partners()));
            assertThat(merged.overig().totalHours()).isEqualByComparingTo(expected.overig().totalHours());
            assertThat(merged.linesTotal()).isEqualByComparingTo(expected.linesTotal());
            assertThat(merged.reconciles()).isTrue();
        }
    }

    private Path facilitator(String name, Path base, String team, long seed) {
        try (Werkbank laptop = open(name)) {
            laptop.exchange().apply(laptop.exchange().read(base));
            Laptop.runMeetings(laptop, team, seed, 5);
            return laptop.exchange().export(folder.resolve(name + ".werkbank"), ExportOptions.everything()).file();
        }
    }

    private static Map<String, String> byName(List<OrganizationHours> rows) {
        return rows.stream().collect(Collectors.toMap(OrganizationHours::name,
                row -> row.totalHours().toPlainString() + " h, " + row.people() + " people, " + row.meetings() + " meetings"));
    }

    @Test
    void aRecordChangedOnTwoLaptopsIsAConflictTheNewerWinsAndTheOtherCanBeTaken() {
        Path base;
        nl.werkbank.core.people.Person person;
        try (Werkbank coordinator = open("coordinator")) {
            person = coordinator.people().create("Noor de Wit", null, null, false);
            base = coordinator.exchange().export(folder.resolve("base.werkbank"), ExportOptions.everything()).file();
        }
        Path older = edit("a", base, person, "Noor de Wit-Jansen");
        Path newer = edit("b", base, person, "Noor Jansen");
        try (Werkbank coordinator = open("coordinator")) {
            assertThat(coordinator.exchange().apply(coordinator.exchange().read(newer)).conflicts()).isEmpty();
            ImportResult second = coordinator.exchange().apply(coordinator.exchange().read(older));
            assertThat(second.conflicts()).singleElement().satisfies(conflict -> {
                assertThat(conflict.kind()).isEqualTo("person");
                assertThat(conflict.kept()).isEqualTo(Conflict.Kept.LOCAL);
                assertThat(conflict.label()).isEqualTo("Noor de Wit-Jansen");
            });
            assertThat(coordinator.people().get(person.id()).name()).isEqualTo("Noor Jansen");

            Conflict open = coordinator.exchange().openConflicts().get(0);
            coordinator.exchange().takeOther(open.id());
            assertThat(coordinator.people().get(person.id()).name()).isEqualTo("Noor de Wit-Jansen");
            assertThat(coordinator.exchange().openConflicts()).isEmpty();
        }
    }

    @Test
    void theFileVersionCanBeTakenWhenOurNewerEditWon() {
        nl.werkbank.core.people.Person person;
        Path base;
        try (Werkbank coordinator = open("coordinator")) {
            person = coordinator.people().create("Sanne Bakker", null, null, false);
            base = coordinator.exchange().export(folder.resolve("base.werkbank"), ExportOptions.everything()).file();
        }
        Path fromLaptop = edit("laptop", base, person, "Sanne Bakker-de Vries");
        try (Werkbank coordinator = open("coordinator")) {
            coordinator.people().save(coordinator.people().get(person.id()).withName("S. Bakker"), false);
            ImportResult result = coordinator.exchange().apply(coordinator.exchange().read(fromLaptop));
            assertThat(result.conflicts()).singleElement().satisfies(c -> assertThat(c.kept()).isEqualTo(Conflict.Kept.LOCAL));
            assertThat(coordinator.people().get(person.id()).name()).isEqualTo("S. Bakker");

            coordinator.exchange().takeOther(coordinator.exchange().openConflicts().get(0).id());
            assertThat(coordinator.people().get(person.id()).name()).isEqualTo("Sanne Bakker-de Vries");
        }
    }

    private Path edit(String name, Path base, nl.werkbank.core.people.Person person, String newName) {
        try (Werkbank laptop = open(name)) {
            laptop.exchange().apply(laptop.exchange().read(base));
            laptop.people().save(laptop.people().get(person.id()).withName(newName), false);
            return laptop.exchange().export(folder.resolve(name + ".werkbank"), ExportOptions.everything()).file();
        }
    }

    @Test
    void anyImportOrderGivesTheSameDatabaseAndASecondImportChangesNothing() throws IOException {
        List<String> attendanceLabels = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            Path base;
            try (Werkbank origin = open("origin" + seed)) {
                DemoWerkplaats.load(origin, false);
                base = origin.exchange().export(folder.resolve("base" + seed + ".werkbank"), ExportOptions.everything()).file();
            }
            List<Path> files = new ArrayList<>();
            for (int laptop = 0; laptop < 3; laptop++) {
                String name = "laptop" + seed + "-" + laptop;
                try (Werkbank werkbank = open(name)) {
                    werkbank.exchange().apply(werkbank.exchange().read(base));
                    Laptop.randomEdits(werkbank, seed * 100 + laptop);
                    files.add(werkbank.exchange().export(folder.resolve(name + ".werkbank"), ExportOptions.everything()).file());
                }
            }
            JsonNode first = null;
            int conflicts = 0;
            for (List<Integer> order : List.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0),
                    List.of(2, 0, 1), List.of(2, 1, 0))) {
                String name = "merged" + seed + "-" + order.stream().map(String::valueOf).collect(Collectors.joining());
                try (Werkbank merged = open(name)) {
                    merged.exchange().apply(merged.exchange().read(base));
                    for (int index : order) {
                        conflicts += merged.exchange().apply(merged.exchange().read(files.get(index))).conflicts().size();
                    }
                    merged.exchange().openConflicts().stream().filter(c -> c.kind().equals("attendance"))
                            .forEach(c -> attendanceLabels.add(c.label()));
                    for (int index : order) {
                        ImportResult again = merged.exchange().apply(merged.exchange().read(files.get(index)));
                        assertThat(again.changesAnything()).as("second import of file %d in order %s: %s", index, order,
                                again.counts().entrySet().stream().filter(e -> e.getValue().changes()).toList()).isFalse();
                    }
                    JsonNode content = ExchangeRoundTripTest.content(
                            merged.exchange().export(folder.resolve(name + ".werkbank"), ExportOptions.everything()).file());
                    if (first == null) {
                        first = content;
                    } else {
                        assertThat(content).as("database after import order %s", order).isEqualTo(first);
                    }
                }
            }
            assertThat(conflicts).as("the laptops edited the same records").isPositive();
        }
        // Attendance lines have no name of their own: a conflict names the person, and the meeting date while the
        // meeting is still there.
        assertThat(attendanceLabels).isNotEmpty().allSatisfy(label -> assertThat(label).doesNotStartWith("attendance"))
                .anySatisfy(label -> assertThat(label).matches(".+, \\d{4}-\\d{2}-\\d{2}"));
    }
}
