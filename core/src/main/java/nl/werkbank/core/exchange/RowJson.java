package nl.werkbank.core.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** One record as the JSON object it is in the exchange file; used to keep the losing side of a conflict. */
final class RowJson {

    private static final JsonFactory JSON = new JsonFactory();

    private RowJson() {
    }

    static String write(Kind kind, Object[] row) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            for (int i = 0; i < row.length; i++) {
                Column column = kind.columns().get(i);
                json.writeFieldName(column.name());
                column.type().write(json, row[i]);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Reads back what {@link #write} wrote; fields the schema no longer has are ignored. */
    static Object[] read(Kind kind, String text) {
        Object[] row = new Object[kind.columns().size()];
        try (JsonParser json = JSON.createParser(text)) {
            json.nextToken();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                int index = kind.index(json.currentName());
                json.nextToken();
                if (index >= 0) {
                    Object value = kind.columns().get(index).type().parse(json);
                    row[index] = value == ValueType.Missing.NULL ? null : value;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return row;
    }

    /**
     * A few words to recognise the record by in a list of conflicts: its own name or text, else the person and
     * the meeting date it belongs to (an attendance line, a check-in), else its kind and id.
     */
    static String label(ExchangeRepository repository, Kind kind, Object[] row) {
        String own = ownLabel(kind, row);
        if (own != null) {
            return own;
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        int person = kind.index("person_id");
        if (person >= 0 && row[person] != null) {
            repository.personName(row[person]).ifPresent(parts::add);
        }
        int meeting = kind.index("meeting_id");
        if (meeting >= 0 && row[meeting] != null) {
            repository.meetingDate(row[meeting]).ifPresent(parts::add);
        }
        return parts.isEmpty() ? label(kind, row) : String.join(", ", parts);
    }

    /** A few words to recognise the record by, from the record alone. */
    static String label(Kind kind, Object[] row) {
        String own = ownLabel(kind, row);
        return own != null ? own : kind.name() + " " + row[kind.idIndex()].toString().substring(0, 8);
    }

    private static String ownLabel(Kind kind, Object[] row) {
        for (String field : new String[] {"name", "question", "title", "description", "text", "option_text"}) {
            int index = kind.index(field);
            if (index >= 0 && row[index] != null) {
                String text = row[index].toString();
                return text.length() > 80 ? text.substring(0, 79) + "…" : text;
            }
        }
        return null;
    }
}
