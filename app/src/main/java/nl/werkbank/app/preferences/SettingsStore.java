package nl.werkbank.app.preferences;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.werkbank.app.i18n.Language;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes settings.json. Writes go to a temp file that is then moved, so a crash never leaves half a file.
 * Settings are read before the first window: Jackson's streaming parser is used instead of an ObjectMapper, whose
 * set-up costs about 150 ms of every start.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;

    public SettingsStore(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    /** The stored settings, or defaults when there is no (readable) file: a bad settings file must not stop the app. */
    public Settings load() {
        if (!Files.exists(file)) {
            return new Settings();
        }
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            return read(parser);
        } catch (IOException | IllegalArgumentException e) {
            // Looked up here, not statically: settings are read before logging knows its folder.
            LoggerFactory.getLogger(SettingsStore.class).warn("Ignoring unreadable settings file {}", file, e);
            return new Settings();
        }
    }

    /** Unknown fields (written by a newer version) are skipped. */
    private static Settings read(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("settings are not a JSON object");
        }
        Settings settings = new Settings();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "language" -> settings.setLanguage(value == JsonToken.VALUE_NULL ? null : Language.valueOf(parser.getText()));
                case "beamerScreen" -> settings.setBeamerScreen(value == JsonToken.VALUE_NULL ? null : parser.getIntValue());
                case "roundRetentionMonths" -> settings.setRoundRetentionMonths(value == JsonToken.VALUE_NULL ? null : parser.getIntValue());
                case "window" -> readWindow(parser, value, settings);
                default -> parser.skipChildren();
            }
        }
        return settings;
    }

    private static void readWindow(JsonParser parser, JsonToken value, Settings settings) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        Double[] bounds = new Double[4];
        boolean maximized = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "x" -> bounds[0] = token.isNumeric() ? parser.getDoubleValue() : null;
                case "y" -> bounds[1] = token.isNumeric() ? parser.getDoubleValue() : null;
                case "width" -> bounds[2] = token.isNumeric() ? parser.getDoubleValue() : null;
                case "height" -> bounds[3] = token.isNumeric() ? parser.getDoubleValue() : null;
                case "maximized" -> maximized = token == JsonToken.VALUE_TRUE;
                default -> parser.skipChildren();
            }
        }
        settings.setWindowBounds(bounds[0], bounds[1], bounds[2], bounds[3]);
        settings.setWindowMaximized(maximized);
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
        try {
            try (JsonGenerator json = JSON.createGenerator(temp.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeStringField("language", settings.getLanguage().name());
                if (settings.getBeamerScreen() == null) {
                    json.writeNullField("beamerScreen");
                } else {
                    json.writeNumberField("beamerScreen", settings.getBeamerScreen());
                }
                if (settings.getRoundRetentionMonths() == null) {
                    json.writeNullField("roundRetentionMonths");
                } else {
                    json.writeNumberField("roundRetentionMonths", settings.getRoundRetentionMonths());
                }
                if (settings.getWindowWidth() != null) {
                    json.writeObjectFieldStart("window");
                    json.writeNumberField("x", settings.getWindowX());
                    json.writeNumberField("y", settings.getWindowY());
                    json.writeNumberField("width", settings.getWindowWidth());
                    json.writeNumberField("height", settings.getWindowHeight());
                    json.writeBooleanField("maximized", settings.isWindowMaximized());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
