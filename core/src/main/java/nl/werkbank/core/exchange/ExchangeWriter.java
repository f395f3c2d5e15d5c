package nl.werkbank.core.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.storage.ZipPipe;

/**
 * Streams the chosen records from the database into the exchange JSON, row by row, so the largest Werkplaats
 * exports in a small heap.
 */
final class ExchangeWriter {

    private final Map<String, Kind> kinds;
    private final ExportOptions options;
    private final ExportRepository records;
    private Progress progress = Progress.NONE;
    private long total;
    private long written;

    ExchangeWriter(Map<String, Kind> kinds, ExportOptions options, ExportRepository records) {
        this.kinds = kinds;
        this.options = options;
        this.records = records;
    }

    /** Says how far the writing is (of {@code records} in all) and stops when asked; the caller removes the temp file. */
    ExchangeWriter withProgress(Progress watcher, long records) {
        this.progress = watcher;
        this.total = records;
        return this;
    }

    /** Records per kind that the file will hold. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Kind kind : kinds.values()) {
            counts.put(kind.name(), records.count(kind));
        }
        return counts;
    }

    void write(OutputStream target, boolean zipped, UUID installation, String schemaVersion, Instant now,
               Map<String, Long> counts, ExportSummary.PersonalData personal, List<Tombstone> tombstones) throws IOException {
        if (options.encrypted()) {
            EncryptedZip.write(target, options.password(), out -> writeJson(out, installation, schemaVersion, now, counts, personal, tombstones));
            return;
        }
        if (!zipped) {
            writeJson(target, installation, schemaVersion, now, counts, personal, tombstones);
            return;
        }
        // Compressed on a second thread while the rows are read and written: about half the time of a plain zip.
        try (ZipPipe zip = new ZipPipe(target, Deflater.DEFAULT_COMPRESSION)) {
            zip.entry(ExchangeFormat.ENTRY);
            writeJson(zip.stream(), installation, schemaVersion, now, counts, personal, tombstones);
        }
    }

    private void writeJson(OutputStream out, UUID installation, String schemaVersion, Instant now,
                           Map<String, Long> counts, ExportSummary.PersonalData personal, List<Tombstone> tombstones) throws IOException {
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
            writeTombstones(json, tombstones);
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

    private void writeRows(JsonGenerator json, Kind kind) throws IOException {
        records.eachRow(kind, row -> {
            json.writeStartObject();
            for (int i = 0; i < kind.columns().size(); i++) {
                Column column = kind.columns().get(i);
                json.writeFieldName(column.name());
                column.type().write(json, row[i]);
            }
            json.writeEndObject();
            if (++written % 1_000 == 0) {
                progress.update(written, total);
                progress.checkCancelled();
            }
        });
    }

    private static void writeTombstones(JsonGenerator json, List<Tombstone> tombstones) throws IOException {
        for (Tombstone tombstone : tombstones) {
            json.writeStartObject();
            json.writeStringField("entity", tombstone.entity());
            json.writeStringField("id", tombstone.id().toString());
            json.writeStringField("deletedAt", tombstone.deletedAt().toString());
            json.writeEndObject();
        }
    }
}
