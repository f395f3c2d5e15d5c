package nl.werkbank.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.LocalizedException;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated valid files (seeded, so a failure can be replayed): each is either refused with a message, changing nothing,
 * or taken in whole, leaving a database the integrity check finds sound, which the same file then changes no further.
 * Never a crash, a half import or an unexplained error.
 */
class ExchangeFuzzTest {

    private static final long SEED = 20261130L;
    private static final int MUTANTS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void everyMutantIsRefusedCleanlyOrImportedWhole() throws Exception {
        Path good;
        try (Werkbank origin = TestWerkbank.open(folder.resolve("origin"))) {
            DemoWerkplaats.load(origin, false);
            var team = origin.teams().list().get(0).team();
            good = origin.exchange().export(folder.resolve("team.json"), new ExportOptions(ExchangeScope.team(team.id(), team.name()), true)).file();
        }
        byte[] original = Files.readAllBytes(good);
        Random random = new Random(SEED);
        int refused = 0;
        int accepted = 0;
        List<String> crashes = new ArrayList<>();
        try (Werkbank target = TestWerkbank.open(folder.resolve("target"))) {
            target.people().create("Iemand die er al was", null, null, false);
            for (int i = 0; i < MUTANTS; i++) {
                Path mutant = folder.resolve("mutant.json");
                String how = mutate(original, random, mutant);
                Map<String, Long> before = target.info().recordCounts();
                try {
                    ExchangeData data = target.exchange().read(mutant);
                    ImportResult preview = target.exchange().preview(data);
                    assertThat(target.info().recordCounts()).as("#" + i + " " + how + " preview writes nothing").isEqualTo(before);
                    if (accepted++ % 15 == 0) {
                        // Now and then for real: what the preview said, sound afterwards, and the same file again changes nothing.
                        ImportResult applied = target.exchange().apply(data);
                        assertThat(applied.counts()).as("#" + i + " " + how + " as previewed").isEqualTo(preview.counts());
                        assertThat(applied.conflicts()).as("#" + i + " " + how).hasSameSizeAs(preview.conflicts());
                        assertThat(target.check()).as("#" + i + " " + how).isEmpty();
                        assertThat(target.exchange().preview(target.exchange().read(mutant)).changesAnything()).as("#" + i + " " + how).isFalse();
                    }
                } catch (LocalizedException e) {
                    refused++;
                    assertThat(target.info().recordCounts()).as("#" + i + " " + how + " changed nothing").isEqualTo(before);
                } catch (RuntimeException e) {
                    crashes.add("#" + i + " " + how + ": " + e);
                }
            }
            assertThat(crashes).isEmpty();
            assertThat(target.hours().overview(Period.parse("2021-H2")).reconciles()).isTrue();
        }
        assertThat(refused).as("most mutants are refused").isGreaterThan(MUTANTS / 3);
        assertThat(accepted).as("and some are taken in").isGreaterThan(10);
    }

    /** Writes one mutant of {@code original} and says what was done to it. */
    private static String mutate(byte[] original, Random random, Path target) throws Exception {
        int choice = random.nextInt(10);
        if (choice < 3) {
            byte[] bytes = original.clone();
            int at = random.nextInt(bytes.length);
            switch (choice) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                default -> {
                    int end = Math.min(bytes.length, at + 1 + random.nextInt(200));
                    byte[] out = new byte[bytes.length - (end - at)];
                    System.arraycopy(bytes, 0, out, 0, at);
                    System.arraycopy(bytes, end, out, at, bytes.length - end);
                    bytes = out;
                }
            }
            Files.write(target, bytes);
            return "bytes " + choice + " at " + at;
        }
        ObjectNode root = (ObjectNode) JSON.readTree(original);
        ObjectNode records = (ObjectNode) root.get("records");
        List<String> kinds = new ArrayList<>();
        records.fieldNames().forEachRemaining(kind -> {
            if (!records.get(kind).isEmpty()) {
                kinds.add(kind);
            }
        });
        String kind = kinds.get(random.nextInt(kinds.size()));
        ArrayNode rows = (ArrayNode) records.get(kind);
        int index = random.nextInt(rows.size());
        ObjectNode row = (ObjectNode) rows.get(index);
        List<String> fields = new ArrayList<>();
        for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
            fields.add(names.next());
        }
        String field = fields.get(random.nextInt(fields.size()));
        String what = kind + "[" + index + "]." + field;
        switch (choice) {
            case 3 -> row.remove(field);
            case 4 -> row.putNull(field);
            case 5 -> row.put(field, List.of("", "   ", "x".repeat(10_000), "Caf\u00e9 \u2603 \uD83D\uDE00", "2021-13-45", "25:00",
                    "9999-12-31T23:59:59Z", "00000000-0000-0000-0000-000000000000", "ABSENT").get(random.nextInt(9)));
            case 6 -> row.put(field, List.of(new BigDecimal("-1"), new BigDecimal("1e308"), new BigDecimal("0.001"),
                    new BigDecimal("2147483648"), BigDecimal.ZERO, new BigDecimal("3.75")).get(random.nextInt(6)));
            case 7 -> row.put(field, random.nextBoolean());
            case 8 -> {
                // Point the field at another record's id of the same kind (a reference or key swapped).
                JsonNode other = rows.get(random.nextInt(rows.size())).get("id");
                row.set(field, other);
            }
            default -> {
                rows.add(row.deepCopy());
                what += " duplicated";
            }
        }
        Files.write(target, JSON.writeValueAsBytes(root));
        return what + " (" + choice + ")";
    }
}
