package nl.werkbank.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.storage.DatabaseInfo;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad exchange file gets a message naming the problem and where, and changes nothing: the receiving
 * database (which already holds data) has the same records afterwards.
 */
class ExchangeBadFileTest {

    @TempDir
    static Path folder;
    static Path good;
    static Werkbank target;
    static Map<String, Long> before;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void export() {
        try (Werkbank origin = TestWerkbank.open(folder.resolve("origin"))) {
            DemoWerkplaats.load(origin, false);
            good = origin.exchange().export(folder.resolve("good.json"), ExportOptions.everything()).file();
        }
        target = TestWerkbank.open(folder.resolve("target"));
        target.people().create("Iemand die er al was", null, null, false);
        before = counts();
    }

    @AfterAll
    static void close() {
        target.close();
    }

    private static Map<String, Long> counts() {
        DatabaseInfo info = target.info();
        return info.recordCounts();
    }

    @Test
    void notJson() throws IOException {
        assertRefused(write("not.json", "Dit is een verslag, geen Werkbank-bestand."), "error.exchange.notJson");
    }

    @Test
    void jsonButNotAnExchangeFile() throws IOException {
        assertRefused(write("other.json", "{\"name\": \"iets anders\"}"), "error.exchange.notExchange");
        assertRefused(write("array.json", "[1, 2, 3]"), "error.exchange.notExchange");
    }

    @Test
    void emptyFile() throws IOException {
        assertRefused(write("empty.json", ""), "error.exchange.notExchange");
    }

    @Test
    void truncated() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path cut = folder.resolve("cut.json");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(cut, "error.exchange.truncated");
    }

    @Test
    void newerFormatVersion() throws IOException {
        assertRefused(edit("newer.json", root -> root.put("formatVersion", 99)), "error.exchange.newerVersion");
    }

    @Test
    void wrongTypeNamesKindRecordAndField() throws IOException {
        Path file = edit("type.json", root -> ((ObjectNode) root.with("records").withArray("attendance").get(2))
                .put("preparation_hours", "twee uur"));
        ExchangeFileException e = assertRefused(file, "error.exchange.wrongType");
        assertThat(e.args()).startsWith("attendance", 3, "preparation_hours");
    }

    @Test
    void unknownCodeValue() throws IOException {
        Path file = edit("code.json", root -> ((ObjectNode) root.with("records").withArray("attendance").get(0)).put("status", "MISSCHIEN"));
        ExchangeFileException e = assertRefused(file, "error.exchange.unknownCode");
        assertThat(e.args()).startsWith("attendance", 1, "status", "MISSCHIEN");
    }

    @Test
    void valueTheDatabaseRulesRefuse() throws IOException {
        Path file = edit("negative.json", root -> ((ObjectNode) root.with("records").withArray("attendance").get(0))
                .put("travel_hours", -3));
        assertRefused(file, "error.exchange.rejected");
    }

    @Test
    void missingRequiredField() throws IOException {
        Path file = edit("missing.json", root -> ((ObjectNode) root.with("records").withArray("meeting").get(0)).remove("meeting_date"));
        assertRefused(file, "error.exchange.missingField");
    }

    @Test
    void duplicateUuid() throws IOException {
        Path file = edit("duplicate.json", root -> {
            ArrayNode people = root.with("records").withArray("person");
            people.add(people.get(0).deepCopy());
        });
        ExchangeFileException e = assertRefused(file, "error.exchange.duplicateId");
        assertThat(e.args()).startsWith("person", 61);
    }

    @Test
    void missingReference() throws IOException {
        Path file = edit("reference.json", root -> {
            root.with("records").withArray("person").remove(0);
            root.with("counts").put("person", 59);
        });
        ExchangeFileException e = assertRefused(file, "error.exchange.missingReference");
        assertThat(e.args()[2]).isEqualTo("person_id");
    }

    @Test
    void countInHeaderDoesNotMatch() throws IOException {
        assertRefused(edit("count.json", root -> root.with("counts").put("attendance", 1)), "error.exchange.countMismatch");
    }

    @Test
    void notUtf8() throws IOException {
        String text = Files.readString(good).replaceFirst("\"name\":\"", "\"name\":\"Caf\u00e9 ");
        Path latin = folder.resolve("latin1.json");
        Files.write(latin, text.getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(latin, "error.exchange.notJson");
    }

    @Test
    void hundredMegabytesOfGarbage() throws IOException {
        Path garbage = folder.resolve("garbage.werkbank");
        Random random = new Random(7);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(garbage)) {
            for (int i = 0; i < 100; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        long start = System.nanoTime();
        assertRefused(garbage, "error.exchange.notJson");
        assertThat((System.nanoTime() - start) / 1_000_000).as("refused at the first bytes, not after reading 100 MB").isLessThan(2_000);
    }

    @Test
    void zipWithoutTheExchangeDocument() throws IOException {
        Path zip = folder.resolve("photos.werkbank");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("foto.jpg"));
            out.write(new byte[] {1, 2, 3});
        }
        assertRefused(zip, "error.exchange.noEntry");
    }

    private static ExchangeFileException assertRefused(Path file, String key) {
        ExchangeFileException[] caught = new ExchangeFileException[1];
        assertThatThrownBy(() -> target.exchange().apply(target.exchange().read(file)))
                .isInstanceOfSatisfying(ExchangeFileException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    caught[0] = e;
                });
        assertThat(counts()).isEqualTo(before);
        return caught[0];
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private static Path edit(String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(good.toFile());
        change.accept(root);
        Path file = folder.resolve(name);
        JSON.writeValue(file.toFile(), root);
        return file;
    }
}
