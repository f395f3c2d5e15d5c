package nl.werkbank.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The JSON Schema of the exchange file, made from the same column list the writer and reader use, so the
 * schema in the repository ({@code docs/exchange-format.schema.json}) cannot drift from the code unnoticed:
 * a test compares the two.
 */
final class ExchangeSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExchangeSchema() {
    }

    static String generate(Map<String, Kind> kinds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://werkbank.example/exchange-format-" + ExchangeFormat.VERSION + ".schema.json");
        root.put("title", "Werkbank exchange file, format version " + ExchangeFormat.VERSION);
        root.put("type", "object");
        root.set("required", strings("format", "formatVersion", "schemaVersion", "installationId", "exportedAt", "scope",
                "privateRoundsIncluded", "personalData", "counts", "records", "tombstones"));
        ObjectNode properties = root.putObject("properties");
        properties.putObject("format").put("const", ExchangeFormat.FORMAT);
        properties.putObject("formatVersion").put("const", ExchangeFormat.VERSION);
        properties.set("schemaVersion", type("{\"type\": \"string\"}"));
        properties.set("installationId", type(ValueType.UUID_TEXT.jsonSchema()));
        properties.set("exportedAt", type(ValueType.INSTANT.jsonSchema()));
        ObjectNode scope = properties.putObject("scope");
        scope.put("type", "object");
        scope.set("required", strings("kind"));
        ObjectNode scopeProperties = scope.putObject("properties");
        scopeProperties.putObject("kind").set("enum", strings("everything", "team"));
        scopeProperties.set("teamId", type(ValueType.UUID_TEXT.jsonSchema()));
        scopeProperties.set("teamName", type("{\"type\": \"string\"}"));
        properties.set("privateRoundsIncluded", type("{\"type\": \"boolean\"}"));
        ObjectNode personal = properties.putObject("personalData");
        personal.put("type", "object");
        ObjectNode personalProperties = personal.putObject("properties");
        for (String field : new String[] {"people", "emailAddresses", "attendanceLines", "roundTexts", "privateRoundTexts", "ballots"}) {
            personalProperties.set(field, type("{\"type\": \"integer\", \"minimum\": 0}"));
        }
        ObjectNode counts = properties.putObject("counts");
        counts.put("type", "object");
        ObjectNode countProperties = counts.putObject("properties");
        counts.put("additionalProperties", false);
        ObjectNode records = properties.putObject("records");
        records.put("type", "object");
        records.put("additionalProperties", false);
        ObjectNode recordProperties = records.putObject("properties");
        for (Kind kind : kinds.values()) {
            countProperties.set(kind.name(), type("{\"type\": \"integer\", \"minimum\": 0}"));
            ObjectNode array = recordProperties.putObject(kind.name());
            array.put("type", "array");
            array.set("items", record(kind));
        }
        ObjectNode tombstones = properties.putObject("tombstones");
        tombstones.put("type", "array");
        ObjectNode tombstone = tombstones.putObject("items");
        tombstone.put("type", "object");
        tombstone.set("required", strings("entity", "id", "deletedAt"));
        ObjectNode tombstoneProperties = tombstone.putObject("properties");
        tombstoneProperties.putObject("entity").set("enum", strings(kinds.keySet().toArray(String[]::new)));
        tombstoneProperties.set("id", type(ValueType.UUID_TEXT.jsonSchema()));
        tombstoneProperties.set("deletedAt", type(ValueType.INSTANT.jsonSchema()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode record(Kind kind) {
        ObjectNode record = JSON.createObjectNode();
        record.put("type", "object");
        record.put("additionalProperties", false);
        ArrayNode required = record.putArray("required");
        ObjectNode properties = record.putObject("properties");
        for (Column column : kind.columns()) {
            ObjectNode property = type(column.type().jsonSchema());
            if (column.type() == ValueType.TEXT && column.maxLength() > 0 && column.maxLength() < 1_000_000) {
                property.put("maxLength", column.maxLength());
            }
            if (!column.allowed().isEmpty()) {
                property.set("enum", strings(column.allowed().toArray(String[]::new)));
            }
            if (column.references() != null) {
                property.put("description", "id of a " + column.references() + " record");
            }
            if (column.required()) {
                required.add(column.name());
                properties.set(column.name(), property);
            } else {
                ObjectNode nullable = JSON.createObjectNode();
                nullable.putArray("oneOf").add(property).add(type("{\"type\": \"null\"}"));
                properties.set(column.name(), nullable);
            }
        }
        return record;
    }

    private static ObjectNode type(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArrayNode strings(String... values) {
        ArrayNode array = JSON.createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    static JsonNode parse(String text) throws IOException {
        return JSON.readTree(text);
    }
}
