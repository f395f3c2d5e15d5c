package nl.werkbank.core.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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

    static ValueType of(int sqlType, String typeName) {
        return switch (sqlType) {
            case Types.VARCHAR, Types.CHAR, Types.CLOB, Types.LONGVARCHAR, Types.NVARCHAR -> TEXT;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT -> INTEGER;
            case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> INSTANT;
            case Types.BINARY, Types.OTHER, Types.JAVA_OBJECT -> {
                if ("UUID".equalsIgnoreCase(typeName)) {
                    yield UUID_TEXT;
                }
                throw new IllegalStateException("No exchange type for " + typeName);
            }
            default -> throw new IllegalStateException("No exchange type for " + typeName + " (" + sqlType + ")");
        };
    }

    Object read(ResultSet row, int column) throws SQLException {
        Object value = switch (this) {
            case UUID_TEXT -> row.getObject(column, UUID.class);
            case TEXT -> row.getString(column);
            case INTEGER -> row.getObject(column, Long.class);
            case DECIMAL -> row.getBigDecimal(column);
            case BOOLEAN -> row.getObject(column, Boolean.class);
            case DATE -> row.getObject(column, LocalDate.class);
            case TIME -> row.getObject(column, LocalTime.class);
            case INSTANT -> {
                OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
                yield at == null ? null : at.toInstant();
            }
        };
        return row.wasNull() ? null : value;
    }

    void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
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
                case INSTANT -> token == JsonToken.VALUE_STRING ? Instant.parse(json.getText()) : null;
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }

    /** Marks an explicit JSON null, to tell it apart from a value of the wrong type. */
    enum Missing { NULL }
}
