package nl.werkbank.core.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An exchange file's header fields; checked before the records are read, so a foreign or newer file stops at once. */
final class ExchangeHeader {

    static final int NOT_AN_INTEGER = Integer.MIN_VALUE;

    String format;
    int version = -1;
    UUID installation;
    Instant exportedAt;
    boolean privateRounds;
    String scope;
    Map<String, Long> counts;
    /** The exporting database's schema; unknown or unreadable counts as ours (no leniency). */
    int schema = ExchangeReader.CURRENT_SCHEMA;

    /** Reads {@code field} when it is a header field (the parser is at its value); false for any other field. */
    boolean read(String field, JsonParser json) throws IOException {
        switch (field) {
            case "format" -> format = json.getValueAsString();
            case "formatVersion" -> version = json.currentToken() == JsonToken.VALUE_NUMBER_INT
                    && json.getNumberType() == JsonParser.NumberType.INT ? json.getIntValue() : NOT_AN_INTEGER;
            case "schemaVersion" -> schema = schemaNumber(json.getValueAsString());
            case "installationId" -> installation = ExchangeReader.uuid(json.getValueAsString());
            case "exportedAt" -> exportedAt = ExchangeReader.instant(json.getValueAsString());
            case "privateRoundsIncluded" -> privateRounds = json.getValueAsBoolean();
            case "scope" -> scope = scopeName(json);
            case "counts" -> counts = counts(json);
            default -> {
                return false;
            }
        }
        return true;
    }

    void check(String name) {
        if (!ExchangeFormat.FORMAT.equals(format)) {
            throw new ExchangeFileException("error.exchange.notExchange", name);
        }
        if (version == NOT_AN_INTEGER || version == 0 || version < -1) {
            throw new ExchangeFileException("error.exchange.badVersion", name, ExchangeFormat.VERSION);
        }
        if (version > ExchangeFormat.VERSION) {
            throw new ExchangeFileException("error.exchange.newerVersion", name, version, ExchangeFormat.VERSION);
        }
        if (version < 1 || installation == null || exportedAt == null || counts == null) {
            throw new ExchangeFileException("error.exchange.header", name);
        }
        // Its records may hold columns this Werkbank does not know yet: say so instead of dropping them.
        if (schema > ExchangeReader.CURRENT_SCHEMA) {
            throw new ExchangeFileException("error.exchange.newerSchema", name, schema, ExchangeReader.CURRENT_SCHEMA);
        }
    }

    /** Every kind in the file is counted in the header, and each count is what the file holds. */
    void checkCounts(Map<String, List<Object[]>> records) {
        for (String kind : records.keySet()) {
            if (!counts.containsKey(kind)) {
                throw new ExchangeFileException("error.exchange.uncounted", kind, records.get(kind).size());
            }
        }
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            int found = records.getOrDefault(count.getKey(), List.of()).size();
            if (count.getValue() != found) {
                throw new ExchangeFileException("error.exchange.countMismatch", count.getKey(), count.getValue(), found);
            }
        }
    }

    private static int schemaNumber(String text) {
        try {
            return text == null ? ExchangeReader.CURRENT_SCHEMA : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return ExchangeReader.CURRENT_SCHEMA;
        }
    }

    private static String scopeName(JsonParser json) throws IOException {
        String team = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if (field.equals("teamName")) {
                team = json.getValueAsString();
            } else {
                json.skipChildren();
            }
        }
        return team;
    }

    private static Map<String, Long> counts(JsonParser json) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String kind = json.currentName();
            json.nextToken();
            counts.put(kind, json.getValueAsLong(-1));
        }
        return counts;
    }
}
