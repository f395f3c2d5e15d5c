package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import nl.werkbank.app.i18n.Language;
import nl.werkbank.app.preferences.SettingsStore;
import org.junit.jupiter.api.Test;

/** Dutch by default; English chosen in Instellingen changes the whole window and is remembered. */
class LanguageSwitchTest extends UiTestBase {

    @Test
    void switchingToEnglishShowsTheNavigationInEnglishAndIsSaved() throws Exception {
        assertThat(lookup("#nav-teams").queryAs(ToggleButton.class).getText()).isEqualTo("Werkteams");
        assertThat(lookup("#nav-organizations").queryAs(ToggleButton.class).getText()).isEqualTo("Organisaties");

        clickOn("#nav-settings");
        ComboBox<?> language = lookup("#settings-language").queryAs(ComboBox.class);
        clickOn(language).type(KeyCode.DOWN).type(KeyCode.ENTER);

        assertThat(lookup("#nav-teams").queryAs(ToggleButton.class).getText()).isEqualTo("Work teams");
        assertThat(lookup("#nav-people").queryAs(ToggleButton.class).getText()).isEqualTo("People");
        assertThat(lookup("#nav-organizations").queryAs(ToggleButton.class).getText()).isEqualTo("Organisations");
        assertThat(lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Werkbank — Werkplaats Sociaal Domein");
        assertThat(new SettingsStore(folder).load().getLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(Files.readString(folder.resolve("settings.json"))).contains("ENGLISH");

        clickOn("#nav-people");
        assertThat(lookup("New person").tryQuery()).isPresent();
        Screenshots.capture("english-people");
    }
}
