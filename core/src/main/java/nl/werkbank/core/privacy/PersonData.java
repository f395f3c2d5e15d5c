package nl.werkbank.core.privacy;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.report.XlsxWriter;
import nl.werkbank.core.storage.AtomicFiles;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.StorageException;

/**
 * AVG inzage: everything stored about one person, their own private texts included, as JSON (complete, for a
 * machine) and as a workbook with one sheet per kind (for the person). Read in one transaction, so both agree.
 */
public final class PersonData {

    /** Every table that holds a row about a person, with the column that says whose it is. */
    static final Map<String, String> TABLES = tables();

    private final Database db;
    private final PrivacyRepository privacy;

    public PersonData(Database db) {
        this.db = db;
        this.privacy = new PrivacyRepository(db);
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("person", "id");
        for (String table : List.of("affiliation", "membership", "attendance", "check_in", "check_out",
                "evaluation_answer", "decision_perspective", "decision_ballot", "action_owner", "product_author")) {
            tables.put(table, "person_id");
        }
        tables.put("organization", "contact_person_id");
        return tables;
    }

    /** The rows per table, column name to value (as text), in a fixed order. */
    public Map<String, List<Map<String, String>>> collect(UUID personId) {
        return db.atomically(() -> {
            Map<String, List<Map<String, String>>> found = new LinkedHashMap<>();
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                found.put(table.getKey(), privacy.rows(table.getKey(), table.getValue(), personId));
            }
            if (found.get("person").isEmpty()) {
                throw new NotFoundException("person", personId);
            }
            return found;
        });
    }

    /** Writes {@code base}.json and {@code base}.xlsx; returns both. */
    public List<Path> write(UUID personId, Path json, Path workbook) {
        Map<String, List<Map<String, String>>> found = collect(personId);
        try {
            AtomicFiles.write(json, out -> {
                try (JsonGenerator generator = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                    generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                    generator.useDefaultPrettyPrinter();
                    generator.writeStartObject();
                    for (var table : found.entrySet()) {
                        generator.writeArrayFieldStart(table.getKey());
                        for (Map<String, String> row : table.getValue()) {
                            generator.writeStartObject();
                            for (var cell : row.entrySet()) {
                                generator.writeStringField(cell.getKey(), cell.getValue());
                            }
                            generator.writeEndObject();
                        }
                        generator.writeEndArray();
                    }
                    generator.writeEndObject();
                }
            });
            AtomicFiles.write(workbook, out -> {
                try (XlsxWriter xlsx = new XlsxWriter(out)) {
                    for (var table : found.entrySet()) {
                        sheet(xlsx, table.getKey(), table.getValue());
                    }
                    xlsx.properties("Inzage " + personId, "Alles wat Werkbank over deze persoon bewaart");
                }
            });
        } catch (IOException e) {
            throw new StorageException("error.privacy.export", e, json.toString());
        }
        return List.of(json, workbook);
    }

    private static void sheet(XlsxWriter xlsx, String table, List<Map<String, String>> rows) throws IOException {
        List<String> columns = rows.isEmpty() ? List.of("-") : new ArrayList<>(rows.get(0).keySet());
        int[] widths = columns.stream().mapToInt(name -> name.endsWith("_id") || name.equals("id") ? 38 : 24).toArray();
        XlsxWriter.Sheet sheet = xlsx.sheet(table, widths, 1, 0);
        sheet.row(0);
        for (int i = 0; i < columns.size(); i++) {
            sheet.text(i, columns.get(i), XlsxWriter.Style.HEADER);
        }
        int index = 1;
        for (Map<String, String> row : rows) {
            sheet.row(index++);
            for (int i = 0; i < columns.size(); i++) {
                sheet.text(i, row.get(columns.get(i)), XlsxWriter.Style.DEFAULT);
            }
        }
    }
}
