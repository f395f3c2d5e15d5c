package nl.werkbank.core.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Werkbank keeps its database and settings. Order: explicit option, {@code WERKBANK_HOME}, the
 * platform's per-user data folder.
 */
public final class DataDirectory {

    public static final String ENV_VARIABLE = "WERKBANK_HOME";

    private DataDirectory() {
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return platformDefault(env, osName, userHome);
    }

    static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Werkbank");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Werkbank");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("werkbank");
    }
}
