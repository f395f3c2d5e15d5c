package nl.werkbank.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Laptops are updated on different days. A file from an older schema may leave out the optional columns added
 * since (schema 8 added meeting.checkout_question); a file from a newer schema is refused. Reading only: the
 * checks happen before anything is written.
 */
class ExchangeSchemaSkewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void olderFilesMayLeaveOutNewOptionalColumnsAndNewerFilesAreRefused() throws Exception {
        try (Werkbank werkbank = TestWerkbank.open(folder.resolve("data"))) {
            DemoWerkplaats.load(werkbank, false);
            Path good = werkbank.exchange().export(folder.resolve("good.json"), ExportOptions.everything()).file();

            Path older = edit(good, "schema7.json", root -> {
                root.put("schemaVersion", "7");
                root.with("records").withArray("meeting").forEach(m -> ((ObjectNode) m).remove("checkout_question"));
            });
            assertThat(werkbank.exchange().read(older).records().get("meeting")).isNotEmpty();

            // A required field stays required, also from an older schema.
            assertRefused(werkbank, edit(good, "schema7-broken.json", root -> {
                root.put("schemaVersion", "7");
                ((ObjectNode) root.with("records").withArray("meeting").get(0)).remove("meeting_date");
            }), "error.exchange.absentField");
            // Without an older schema in the header, a left-out field is refused as before.
            assertRefused(werkbank, edit(good, "schema8-absent.json", root -> ((ObjectNode) root.with("records")
                    .withArray("meeting").get(0)).remove("checkout_question")), "error.exchange.absentField");
            // Newer than this Werkbank: refused instead of losing what it holds.
            assertRefused(werkbank, edit(good, "schema99.json", root -> root.put("schemaVersion", "99")),
                    "error.exchange.newerSchema");
        }
    }

    private static void assertRefused(Werkbank werkbank, Path file, String key) {
        assertThatThrownBy(() -> werkbank.exchange().read(file))
                .isInstanceOfSatisfying(ExchangeFileException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    private Path edit(Path good, String name, Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(good.toFile());
        change.accept(root);
        Path file = folder.resolve(name);
        JSON.writeValue(file.toFile(), root);
        return file;
    }
}
