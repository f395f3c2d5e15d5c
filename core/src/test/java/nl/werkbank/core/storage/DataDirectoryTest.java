package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void explicitOptionWinsOverEnvironment() {
        Path resolved = DataDirectory.resolve(Path.of("/tmp/option"), Map.of("WERKBANK_HOME", "/tmp/env"), "Linux", "/home/u");
        assertThat(resolved).isEqualTo(Path.of("/tmp/option"));
    }

    @Test
    void environmentVariableWinsOverPlatformDefault() {
        assertThat(DataDirectory.resolve(null, Map.of("WERKBANK_HOME", "/tmp/env"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/tmp/env"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/data/werkbank"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/werkbank"));
    }

    @Test
    void windowsUsesAppDataAndMacApplicationSupport() {
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/c/Users/u/AppData/Roaming"), "Windows 11", "/c/Users/u"))
                .isEqualTo(Path.of("/c/Users/u/AppData/Roaming/Werkbank"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Werkbank"));
    }
}
