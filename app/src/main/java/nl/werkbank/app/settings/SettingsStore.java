package nl.werkbank.app.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.LoggerFactory;

/** Reads and writes settings.json. Writes go to a temp file that is then moved, so a crash never leaves half a file. */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    /** The stored settings, or defaults when there is no (readable) file: a bad settings file must not stop the app. */
    public Settings load() {
        if (!Files.exists(file)) {
            return new Settings();
        }
        try {
            return mapper.readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            // Looked up here, not statically: settings are read before logging knows its folder.
            LoggerFactory.getLogger(SettingsStore.class).warn("Ignoring unreadable settings file {}", file, e);
            return new Settings();
        }
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
        try {
            mapper.writeValue(temp.toFile(), settings);
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
