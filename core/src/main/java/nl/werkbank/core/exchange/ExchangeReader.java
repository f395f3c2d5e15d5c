package nl.werkbank.core.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an exchange file (zipped or plain JSON) and checks everything that can be checked without the
 * database: the format and its version, every field's type and length, required fields, duplicate ids,
 * and that each kind holds as many records as the header says (a cut-off file fails here). Each problem is
 * reported with the kind, the record number and the line.
 */
final class ExchangeReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** JSON this size packs into a zip at most ~30 times smaller; more than 100 times is a zip bomb, not an export. */
    static final long MAX_INFLATION = 100;
    static final long MIN_INFLATED_LIMIT = 64L << 20;
    /** This Werkbank's database schema: files from an older one may leave out the columns added since. */
    static final int CURRENT_SCHEMA = Integer.parseInt(nl.werkbank.core.storage.Database.SCHEMA_VERSION);

    private final Map<String, Kind> kinds;
    private final FieldRules rules;
    /** Whether the file being read comes from an older schema (set from its header, before its records). */
    private boolean olderSchema;

    ExchangeReader(Map<String, Kind> kinds, java.time.Clock clock) {
        this.kinds = kinds;
        this.rules = new FieldRules(clock);
    }

    ExchangeData read(Path file, char[] password) {
        String name = file.getFileName().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(8);
            byte[] start = in.readNBytes(8);
            in.reset();
            if (!isZip(start)) {
                return parse(name, in);
            }
            long limit = Math.max(MIN_INFLATED_LIMIT, Files.size(file) * MAX_INFLATION);
            if (EncryptedZip.isEncrypted(start)) {
                return readEncrypted(name, EncryptedZip.open(in, password, name), limit);
            }
            return readZip(name, new ZipInputStream(in), limit);
        } catch (ZipException e) {
            throw new ExchangeFileException("error.exchange.badZip", e, name);
        } catch (JsonEOFException e) {
            throw new ExchangeFileException("error.exchange.truncated", e, name, e.getLocation().getLineNr());
        } catch (JsonParseException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input")) {
                throw new ExchangeFileException("error.exchange.truncated", e, name, e.getLocation().getLineNr());
            }
            throw new ExchangeFileException("error.exchange.notJson", e, name, e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr(), e.getOriginalMessage());
        } catch (java.nio.charset.CharacterCodingException | java.io.CharConversionException e) {
            throw new ExchangeFileException("error.exchange.notUtf8", e, name, e.getMessage());
        } catch (IOException e) {
            throw new ExchangeFileException("error.exchange.unreadable", e, name);
        }
    }

    private static boolean isZip(byte[] start) {
        return start.length >= 4 && java.util.Arrays.equals(java.util.Arrays.copyOf(start, 4), ZIP_MAGIC);
    }

    /** The name of the next entry in a zip, or null after the last; the stream then reads that entry. */
    @FunctionalInterface
    private interface NextEntry {
        String next() throws IOException;
    }

    private ExchangeData readZip(String name, ZipInputStream zip, long limit) throws IOException {
        return readEntries(name, () -> {
            ZipEntry entry = zip.getNextEntry();
            return entry == null ? null : entry.getName();
        }, zip, limit);
    }

    /** As {@link #readZip}, for a file with an uitwisselwachtwoord (zip4j reads and decrypts the entry). */
    private ExchangeData readEncrypted(String name, net.lingala.zip4j.io.inputstream.ZipInputStream zip, long limit) throws IOException {
        return readEntries(name, () -> {
            var entry = EncryptedZip.next(zip, name);
            return entry == null ? null : entry.getFileName();
        }, zip, limit);
    }

    /**
     * A zip holds exactly one entry, {@value ExchangeFormat#ENTRY}: any other entry (a path such as {@code ../x}, a
     * second copy) is refused before a byte of it is unpacked, and the entry stops at {@code limit} bytes unpacked.
     */
    private ExchangeData readEntries(String name, NextEntry entries, InputStream content, long limit) throws IOException {
        ExchangeData data = null;
        for (String entry = entries.next(); entry != null; entry = entries.next()) {
            if (!entry.equals(ExchangeFormat.ENTRY)) {
                throw new ExchangeFileException("error.exchange.unexpectedEntry", name, entry);
            }
            if (data != null) {
                throw new ExchangeFileException("error.exchange.duplicateEntry", name, entry);
            }
            data = parse(name, new LimitedInputStream(content, limit, name));
        }
        if (data == null) {
            throw new ExchangeFileException("error.exchange.noEntry", ExchangeFormat.ENTRY);
        }
        return data;
    }

    private ExchangeData parse(String name, InputStream in) throws IOException {
        // The zip's own stream stays open (a second entry is looked for after this one); bytes that are not UTF-8 fail.
        JsonFactory factory = new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try (JsonParser json = factory.createParser(new java.io.InputStreamReader(in, utf8))) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new ExchangeFileException("error.exchange.notExchange", name);
            }
            ExchangeHeader header = new ExchangeHeader();
            Map<String, List<Object[]>> records = new LinkedHashMap<>();
            List<Tombstone> tombstones = new ArrayList<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (header.read(field, json)) {
                    continue;
                }
                switch (field) {
                    case "records" -> {
                        header.check(name);
                        olderSchema = header.schema < CURRENT_SCHEMA;
                        readRecords(json, records);
                    }
                    case "tombstones" -> readTombstones(json, tombstones);
                    default -> json.skipChildren();
                }
            }
            if (json.currentToken() != JsonToken.END_OBJECT) {
                throw new ExchangeFileException("error.exchange.notExchange", name);
            }
            if (json.nextToken() != null) {
                throw new ExchangeFileException("error.exchange.trailing", name, json.currentLocation().getLineNr());
            }
            header.check(name);
            header.checkCounts(records);
            return new ExchangeData(name, header.installation, header.exportedAt, header.scope, header.privateRounds,
                    records, tombstones);
        }
    }

    private void readRecords(JsonParser json, Map<String, List<Object[]>> records) throws IOException {
        expect(json, JsonToken.START_OBJECT, "records", 0, "records");
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            Kind kind = kinds.get(name);
            if (kind == null) {
                throw new ExchangeFileException("error.exchange.unknownKind", name, json.currentLocation().getLineNr());
            }
            json.nextToken();
            expect(json, JsonToken.START_ARRAY, name, 0, name);
            List<Object[]> rows = new ArrayList<>();
            Set<UUID> ids = new HashSet<>();
            while (json.nextToken() != JsonToken.END_ARRAY) {
                int number = rows.size() + 1;
                Object[] row = readRow(json, kind, number);
                if (!ids.add((UUID) row[kind.idIndex()])) {
                    throw new ExchangeFileException("error.exchange.duplicateId", name, number, row[kind.idIndex()]);
                }
                rows.add(row);
            }
            records.put(name, rows);
        }
    }

    private Object[] readRow(JsonParser json, Kind kind, int number) throws IOException {
        expect(json, JsonToken.START_OBJECT, kind.name(), number, "{");
        Object[] row = new Object[kind.columns().size()];
        boolean[] present = new boolean[row.length];
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            int index = kind.index(field);
            long line = json.currentLocation().getLineNr();
            if (index < 0) {
                throw new ExchangeFileException("error.exchange.unknownField", kind.name(), number, field, line);
            }
            json.nextToken();
            Column column = kind.columns().get(index);
            Object value = column.type().parse(json);
            if (value == null) {
                throw new ExchangeFileException("error.exchange.wrongType", kind.name(), number, field,
                        "exchange.type." + column.type().name(), line);
            }
            if (value == ValueType.Missing.NULL) {
                value = null;
            }
            if (value instanceof String text && column.maxLength() > 0 && text.length() > column.maxLength()) {
                throw new ExchangeFileException("error.exchange.tooLong", kind.name(), number, field, column.maxLength(), line);
            }
            if (value != null && !column.allowed().isEmpty() && !column.allowed().contains(value)) {
                throw new ExchangeFileException("error.exchange.unknownCode", kind.name(), number, field, value,
                        String.join(", ", column.allowed()), line);
            }
            String broken = value == null ? null : rules.check(column, value);
            if (broken != null) {
                throw new ExchangeFileException(broken, kind.name(), number, field, value, line);
            }
            row[index] = value;
            present[index] = true;
        }
        for (int i = 0; i < row.length; i++) {
            Column column = kind.columns().get(i);
            if (!present[i] && olderSchema && !column.required()) {
                // A column added by a later migration: a file from a Werkbank not yet updated leaves it out (empty).
                present[i] = true;
            }
            if (!present[i]) {
                // The writer writes every field, empty ones as null: a field left out is a damaged or hand-made file.
                throw new ExchangeFileException("error.exchange.absentField", kind.name(), number, column.name(),
                        json.currentLocation().getLineNr());
            }
            if (column.required() && row[i] == null) {
                throw new ExchangeFileException("error.exchange.missingField", kind.name(), number, column.name(),
                        json.currentLocation().getLineNr());
            }
        }
        return row;
    }

    private static void readTombstones(JsonParser json, List<Tombstone> tombstones) throws IOException {
        expect(json, JsonToken.START_ARRAY, "tombstones", 0, "tombstones");
        while (json.nextToken() == JsonToken.START_OBJECT) {
            String entity = null;
            UUID id = null;
            Instant at = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "entity" -> entity = json.getValueAsString();
                    case "id" -> id = uuid(json.getValueAsString());
                    case "deletedAt" -> at = instant(json.getValueAsString());
                    default -> json.skipChildren();
                }
            }
            if (entity == null || id == null || at == null) {
                throw new ExchangeFileException("error.exchange.badTombstone", tombstones.size() + 1, json.currentLocation().getLineNr());
            }
            tombstones.add(new Tombstone(entity, id, at));
        }
        if (json.currentToken() != JsonToken.END_ARRAY) {
            throw new ExchangeFileException("error.exchange.badTombstone", tombstones.size() + 1, json.currentLocation().getLineNr());
        }
    }

    private static void expect(JsonParser json, JsonToken token, String kind, int number, String what) {
        if (json.currentToken() != token) {
            throw new ExchangeFileException("error.exchange.structure", kind, number, what, json.currentLocation().getLineNr());
        }
    }

    static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
