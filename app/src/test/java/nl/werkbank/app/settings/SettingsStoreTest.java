package nl.werkbank.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkbank.app.i18n.Language;
import nl.werkbank.app.preferences.Settings;
import nl.werkbank.app.preferences.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path folder;

    @Test
    void savedSettingsComeBack() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        Settings settings = new Settings();
        settings.setLanguage(Language.ENGLISH);
        settings.setBeamerScreen(1);
        settings.setRoundRetentionMonths(24);
        settings.setWindowBounds(40.0, 30.0, 1500.0, 900.0);
        settings.setWindowMaximized(true);
        store.save(settings);

        Settings loaded = store.load();
        assertThat(loaded.getLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(loaded.getBeamerScreen()).isEqualTo(1);
        // The bewaartermijn was chosen in Instellingen but not written: it was gone after a restart.
        assertThat(loaded.getRoundRetentionMonths()).isEqualTo(24);
        assertThat(loaded.getWindowX()).isEqualTo(40.0);
        assertThat(loaded.getWindowHeight()).isEqualTo(900.0);
        assertThat(loaded.isWindowMaximized()).isTrue();
        assertThat(Files.list(folder)).containsExactly(folder.resolve(SettingsStore.FILE_NAME));
    }

    @Test
    void readsTheFileAsEarlierVersionsWroteItAndSkipsUnknownFields() throws Exception {
        write("{\n  \"language\" : \"ENGLISH\",\n  \"beamerScreen\" : null,\n  \"later\" : {\"nested\" : [1, 2]},\n  \"zoom\" : 1.5\n}");
        Settings loaded = new SettingsStore(folder).load();
        assertThat(loaded.getLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(loaded.getBeamerScreen()).isNull();
    }

    @Test
    void aBrokenFileGivesTheDefaultsInsteadOfStoppingTheApp() throws Exception {
        for (String broken : new String[] {"", "[1, 2]", "{\"language\" : \"KLINGON\"}", "{\"language\" : ", "\u00ff\u00fe garbage"}) {
            write(broken);
            Settings loaded = new SettingsStore(folder).load();
            assertThat(loaded.getLanguage()).as(broken).isEqualTo(Language.DUTCH);
            assertThat(loaded.getBeamerScreen()).as(broken).isNull();
        }
    }

    private void write(String text) throws Exception {
        Files.writeString(folder.resolve(SettingsStore.FILE_NAME), text, StandardCharsets.UTF_8);
    }
}
