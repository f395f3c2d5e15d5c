package nl.werkbank.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schema in the repository is the one the code generates, and a real export (the demo Werkplaats)
 * validates against it. After a schema change: run with -Dwerkbank.updateSchema=true to rewrite the file.
 */
class ExchangeSchemaTest {

    private static final Path DOCUMENTED = Path.of("..", "docs", "exchange-format.schema.json");

    @TempDir
    Path folder;

    @Test
    void documentedSchemaIsCurrentAndTheDemoExportValidates() throws IOException {
        try (Werkbank werkbank = TestWerkbank.open(folder.resolve("data"))) {
            String generated = werkbank.exchange().jsonSchema();
            if (Boolean.getBoolean("werkbank.updateSchema")) {
                Files.writeString(DOCUMENTED, generated);
            }
            assertThat(Files.readString(DOCUMENTED)).as("docs/exchange-format.schema.json is out of date").isEqualTo(generated);

            DemoWerkplaats.load(werkbank, false);
            Path file = werkbank.exchange().export(folder.resolve("demo.json"), ExportOptions.everything()).file();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(generated);
            JsonNode export = new ObjectMapper().readTree(file.toFile());
            Set<ValidationMessage> problems = schema.validate(export);
            assertThat(problems).isEmpty();

            ((com.fasterxml.jackson.databind.node.ObjectNode) export.get("records").get("attendance").get(0)).put("status", 7);
            assertThat(schema.validate(export)).isNotEmpty();
        }
    }
}
