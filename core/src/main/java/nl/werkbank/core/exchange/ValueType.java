package nl.werkbank.core.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * How a column's value travels in the exchange file: JSON strings for ids, dates, times and instants (ISO-8601),
 * JSON numbers for integers and exact decimals, JSON booleans. {@link #jsonSchema()} documents the same.
 */
enum ValueType {
    UUID_TEXT("{\"type\": \"string\", \"format\": \"uuid\"}"),
    TEXT("{\"type\": \"string\"}"),
    INTEGER("{\"type\": \"integer\"}"),
    DECIMAL("{\"type\": \"number\"}"),
    BOOLEAN("{\"type\": \"boolean\"}"),
    DATE("{\"type\": \"string\", \"format\": \"date\"}"),
    TIME("{\"type\": \"string\", \"pattern\": \"^\\\\d{2}:\\\\d{2}(:\\\\d{2})?$\"}"),
    INSTANT("{\"type\": \"string\", \"format\": \"date-time\"}");

    private final String jsonSchema;

    ValueType(String jsonSchema) {
        this.jsonSchema = jsonSchema;
    }

    String jsonSchema() {
        return jsonSchema;
    }

    void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (this) {
            case INTEGER -> json.writeNumber((Long) value);
            case DECIMAL -> json.writeNumber((BigDecimal) value);
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            default -> json.writeString(value.toString());
        }
    }

    /** Reads the value at the parser's current token; null when it is not of this type (the caller names the place). */
    Object parse(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return Missing.NULL;
        }
        try {
            return switch (this) {
                case INTEGER -> token == JsonToken.VALUE_NUMBER_INT ? json.getLongValue() : null;
                case DECIMAL -> token.isNumeric() ? json.getDecimalValue() : null;
                case BOOLEAN -> token.isBoolean() ? json.getBooleanValue() : null;
                case UUID_TEXT -> token == JsonToken.VALUE_STRING ? UUID.fromString(json.getText()) : null;
                case TEXT -> token == JsonToken.VALUE_STRING ? json.getText() : null;
                case DATE -> token == JsonToken.VALUE_STRING ? LocalDate.parse(json.getText()) : null;
                case TIME -> token == JsonToken.VALUE_STRING ? LocalTime.parse(json.getText()) : null;
                case INSTANT -> token == JsonToken.VALUE_STRING ? IsoInstant.parse(json.getText()) : null;
            };
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return null;
        }
    }

    /** Marks an explicit JSON null, to tell it apart from a value of the wrong type. */
    enum Missing { NULL }
}
