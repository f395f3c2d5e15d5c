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
        assertThat(assertRefused(file, "error.exchange.numberOutOfRange").args()).startsWith("attendance", 1, "travel_hours");
    }

    @Test
    void missingRequiredField() throws IOException {
        Path file = edit("missing.json", root -> ((ObjectNode) root.with("records").withArray("meeting").get(0)).remove("meeting_date"));
        assertRefused(file, "error.exchange.absentField");
        Path empty = edit("null.json", root -> ((ObjectNode) root.with("records").withArray("meeting").get(0)).putNull("meeting_date"));
        assertRefused(empty, "error.exchange.missingField");
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
        // A person someone's attendance refers to (the first person in the file may have no references at all).
        Path file = edit("reference.json", root -> {
            String attending = root.with("records").withArray("attendance").get(0).get("person_id").asText();
            var people = root.with("records").withArray("person");
            for (int i = 0; i < people.size(); i++) {
                if (people.get(i).get("id").asText().equals(attending)) {
                    people.remove(i);
                    break;
                }
            }
            root.with("counts").put("person", people.size());
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
        assertRefused(latin, "error.exchange.notUtf8");
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
        assertRefused(garbage, "error.exchange.notUtf8");
        assertThat((System.nanoTime() - start) / 1_000_000).as("refused at the first bytes, not after reading 100 MB").isLessThan(2_000);
    }

    @Test
    void zipWithoutTheExchangeDocument() throws IOException {
        Path zip = folder.resolve("photos.werkbank");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("foto.jpg"));
            out.write(new byte[] {1, 2, 3});
        }
        assertRefused(zip, "error.exchange.unexpectedEntry");
        Path empty = folder.resolve("empty.werkbank");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(empty))) {
            out.setComment("leeg");
        }
        // An empty zip has no local header to recognise it by: read as JSON, it is no exchange file.
        assertThatThrownBy(() -> target.exchange().read(empty)).isInstanceOf(ExchangeFileException.class);
    }

    // ---- Strict reading: each of these was once accepted (issue 16) ----

    @Test
    void aFieldLeftOutIsRefusedNotReadAsEmpty() throws IOException {
        Path file = edit("absent.json", root -> ((ObjectNode) root.with("records").withArray("person").get(4)).remove("email"));
        assertThat(assertRefused(file, "error.exchange.absentField").args()).startsWith("person", 5, "email");
    }

    @Test
    void aKindTheHeaderDoesNotCount() throws IOException {
        assertThat(assertRefused(edit("uncounted.json", root -> root.with("counts").remove("attendance")), "error.exchange.uncounted")
                .args()).startsWith("attendance");
    }

    @Test
    void invalidUtf8ByteSequences() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("\"name\":\"") + 8;
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}}) {
            byte[] broken = new byte[bytes.length + bad.length];
            System.arraycopy(bytes, 0, broken, 0, at);
            System.arraycopy(bad, 0, broken, at, bad.length);
            System.arraycopy(bytes, at, broken, at + bad.length, bytes.length - at);
            assertRefused(Files.write(folder.resolve("utf8.json"), broken), "error.exchange.notUtf8");
        }
    }

    @Test
    void datesAndTimesOutsideASaneRange() throws IOException {
        assertThat(assertRefused(edit("year0.json", root -> meeting(root).put("meeting_date", "0000-01-01")),
                "error.exchange.dateOutOfRange").args()).startsWith("meeting", 1, "meeting_date");
        assertRefused(edit("far.json", root -> meeting(root).put("meeting_date", "+999999-01-01")), "error.exchange.dateOutOfRange");
        assertThat(assertRefused(edit("future.json", root -> meeting(root).put("updated_at", "9999-01-01T00:00:00Z")),
                "error.exchange.instantOutOfRange").args()).startsWith("meeting", 1, "updated_at");
        assertThat(assertRefused(edit("time.json", root -> meeting(root).put("start_time", "25:00")), "error.exchange.wrongType")
                .args()).startsWith("meeting", 1, "start_time");
    }

    @Test
    void blankNamesAsOnTheScreens() throws IOException {
        Path file = edit("blank.json", root -> ((ObjectNode) root.with("records").withArray("organization").get(2)).put("name", "   "));
        assertThat(assertRefused(file, "error.exchange.blankName").args()).startsWith("organization", 3, "name");
    }

    @Test
    void formatVersionMustBeTheInteger1() throws IOException {
        assertRefused(edit("v-text.json", root -> root.put("formatVersion", "1")), "error.exchange.badVersion");
        assertRefused(edit("v-float.json", root -> root.put("formatVersion", 1.5)), "error.exchange.badVersion");
        assertRefused(edit("v-zero.json", root -> root.put("formatVersion", 0)), "error.exchange.badVersion");
    }

    @Test
    void numbersThatOverflowTheirColumn() throws IOException {
        Path file = edit("huge.json", root -> ((ObjectNode) root.with("records").withArray("attendance").get(1))
                .put("preparation_hours", new java.math.BigDecimal("1e308")));
        assertThat(assertRefused(file, "error.exchange.numberOutOfRange").args()).startsWith("attendance", 2, "preparation_hours");
        assertRefused(edit("decimals.json", root -> ((ObjectNode) root.with("records").withArray("attendance").get(1))
                .put("preparation_hours", new java.math.BigDecimal("0.125"))), "error.exchange.numberOutOfRange");
        assertRefused(edit("late.json", root -> ((ObjectNode) root.with("records").withArray("attendance").get(1))
                .put("late_minutes", 99_999_999_999L)), "error.exchange.numberOutOfRange");
    }

    @Test
    void zipEntriesTwiceOrWithAPathOutside() throws IOException {
        byte[] json = Files.readAllBytes(good);
        assertRefused(zip("twice.werkbank", new String[] {ExchangeFormat.ENTRY, ExchangeFormat.ENTRY}, json), "error.exchange.duplicateEntry");
        assertRefused(zip("escape.werkbank", new String[] {ExchangeFormat.ENTRY, "../" + ExchangeFormat.ENTRY}, json), "error.exchange.unexpectedEntry");
        assertRefused(zip("absolute.werkbank", new String[] {"/etc/" + ExchangeFormat.ENTRY}, json), "error.exchange.unexpectedEntry");
    }

    @Test
    void aSmallZipThatUnpacksToGigabytesIsStoppedEarly() throws IOException {
        Path bomb = folder.resolve("bomb.werkbank");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry(ExchangeFormat.ENTRY));
            out.write("{\"format\":\"werkbank-exchange\",".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 512; i++) {
                out.write(spaces);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1L << 20); // 512 MB unpacked
        long start = System.nanoTime();
        assertRefused(bomb, "error.exchange.tooBig");
        assertThat((System.nanoTime() - start) / 1_000_000).as("stopped at the limit, not after 512 MB").isLessThan(5_000);
    }

    private static ObjectNode meeting(ObjectNode root) {
        return (ObjectNode) root.with("records").withArray("meeting").get(0);
    }

    /**
     * A zip written by hand (stored entries, local headers only, as a streaming reader sees them): ZipOutputStream
     * itself refuses a duplicate or odd name, a crafted file does not.
     */
    private static Path zip(String name, String[] entries, byte[] content) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content);
        try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
            for (String entry : entries) {
                byte[] entryName = entry.getBytes(StandardCharsets.UTF_8);
                java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(30).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                header.putInt(0x04034b50).putShort((short) 10).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putInt((int) crc.getValue()).putInt(content.length).putInt(content.length)
                        .putShort((short) entryName.length).putShort((short) 0);
                out.write(header.array());
                out.write(entryName);
                out.write(content);
            }
        }
        return folder.resolve(name);
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
