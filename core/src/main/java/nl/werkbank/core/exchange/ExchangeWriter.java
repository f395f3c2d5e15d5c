package nl.werkbank.core.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.storage.ZipPipe;

/**
 * Streams the chosen records from the database into the exchange JSON, row by row, so the largest Werkplaats
 * exports in a small heap.
 */
final class ExchangeWriter {

    private final Connection c;
    private final Map<String, Kind> kinds;
    private final ExportOptions options;
    private final ScopeFilter scope;
    private Progress progress = Progress.NONE;
    private long total;
    private long written;

    ExchangeWriter(Connection c, Map<String, Kind> kinds, ExportOptions options) throws SQLException {
        this.c = c;
        this.kinds = kinds;
        this.options = options;
        this.scope = ScopeFilter.resolve(c, options.scope());
    }

    /** Says how far the writing is (of {@code records} in all) and stops when asked; the caller removes the temp file. */
    ExchangeWriter withProgress(Progress watcher, long records) {
        this.progress = watcher;
        this.total = records;
        return this;
    }

    /** The condition for one kind, with private rounds left out unless asked for. */
    ScopeFilter.Condition where(String kind) {
        ScopeFilter.Condition where = scope.where(kind);
        if (!options.includePrivate() && (kind.equals("check_in") || kind.equals("check_out"))) {
            where = new ScopeFilter.Condition(where.and("private = FALSE"), where.params());
        }
        return where;
    }

    Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Kind kind : kinds.values()) {
            counts.put(kind.name(), count(kind.table(), "TRUE", kind.name()));
        }
        return counts;
    }

    ExportSummary.PersonalData personalData() throws SQLException {
        return new ExportSummary.PersonalData(
                count("person", "TRUE", "person"),
                count("person", "email IS NOT NULL", "person"),
                count("attendance", "TRUE", "attendance"),
                count("check_in", "text IS NOT NULL", "check_in")
                        + count("check_out", "(takeaway IS NOT NULL OR intention IS NOT NULL)", "check_out"),
                count("check_in", "private", "check_in") + count("check_out", "private", "check_out"),
                count("decision_ballot", "TRUE", "decision_ballot"));
    }

    /** Rows of the table within the scope that also meet {@code condition}. */
    private long count(String table, String condition, String kind) throws SQLException {
        ScopeFilter.Condition where = where(kind);
        return Sql.count(c, "SELECT COUNT(*) FROM " + table + " WHERE " + where.and(condition), where.params());
    }

    void write(OutputStream target, boolean zipped, UUID installation, String schemaVersion, Instant now,
               Map<String, Long> counts, ExportSummary.PersonalData personal) throws IOException, SQLException {
        if (options.encrypted()) {
            EncryptedZip.write(target, options.password(), out -> writeJson(out, installation, schemaVersion, now, counts, personal));
            return;
        }
        if (!zipped) {
            writeJson(target, installation, schemaVersion, now, counts, personal);
            return;
        }
        // Compressed on a second thread while the rows are read and written: about half the time of a plain zip.
        try (ZipPipe zip = new ZipPipe(target, Deflater.DEFAULT_COMPRESSION)) {
            zip.entry(ExchangeFormat.ENTRY);
            writeJson(zip.stream(), installation, schemaVersion, now, counts, personal);
        }
    }

    private void writeJson(OutputStream out, UUID installation, String schemaVersion, Instant now,
                           Map<String, Long> counts, ExportSummary.PersonalData personal) throws IOException, SQLException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeStringField("format", ExchangeFormat.FORMAT);
            json.writeNumberField("formatVersion", ExchangeFormat.VERSION);
            json.writeStringField("schemaVersion", schemaVersion);
            json.writeStringField("installationId", installation.toString());
            json.writeStringField("exportedAt", now.toString());
            writeScope(json);
            json.writeBooleanField("privateRoundsIncluded", options.includePrivate());
            writePersonalData(json, personal);
            json.writeObjectFieldStart("counts");
            for (Map.Entry<String, Long> count : counts.entrySet()) {
                json.writeNumberField(count.getKey(), count.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("records");
            for (Kind kind : kinds.values()) {
                json.writeArrayFieldStart(kind.name());
                writeRows(json, kind);
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("tombstones");
            writeTombstones(json);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private void writeScope(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("scope");
        if (options.scope().isEverything()) {
            json.writeStringField("kind", "everything");
        } else {
            json.writeStringField("kind", "team");
            json.writeStringField("teamId", options.scope().teamId().toString());
            json.writeStringField("teamName", options.scope().teamName());
        }
        json.writeEndObject();
    }

    private static void writePersonalData(JsonGenerator json, ExportSummary.PersonalData personal) throws IOException {
        json.writeObjectFieldStart("personalData");
        json.writeNumberField("people", personal.people());
        json.writeNumberField("emailAddresses", personal.emailAddresses());
        json.writeNumberField("attendanceLines", personal.attendanceLines());
        json.writeNumberField("roundTexts", personal.roundTexts());
        json.writeNumberField("privateRoundTexts", personal.privateRoundTexts());
        json.writeNumberField("ballots", personal.ballots());
        json.writeEndObject();
    }

    private void writeRows(JsonGenerator json, Kind kind) throws IOException, SQLException {
        ScopeFilter.Condition where = where(kind.name());
        String sql = "SELECT " + kind.columnList() + " FROM " + kind.table() + " WHERE " + where.sql() + " ORDER BY id";
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            for (int i = 0; i < where.params().length; i++) {
                statement.setObject(i + 1, where.params()[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    json.writeStartObject();
                    for (int i = 0; i < kind.columns().size(); i++) {
                        Column column = kind.columns().get(i);
                        json.writeFieldName(column.name());
                        column.type().write(json, column.type().read(row, i + 1));
                    }
                    json.writeEndObject();
                    if (++written % 1_000 == 0) {
                        progress.update(written, total);
                        progress.checkCancelled();
                    }
                }
            }
        }
    }

    private void writeTombstones(JsonGenerator json) throws IOException, SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT entity, id, deleted_at FROM tombstone ORDER BY entity, id");
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                json.writeStartObject();
                json.writeStringField("entity", row.getString(1));
                json.writeStringField("id", row.getObject(2, UUID.class).toString());
                json.writeStringField("deletedAt", Sql.instant(row, "deleted_at").toString());
                json.writeEndObject();
            }
        }
    }
}
