package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.werkbank.app.i18n.Language;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.privacy.PassphraseDialog;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.storage.FileKey;
import nl.werkbank.core.storage.FolderState;
import nl.werkbank.core.storage.KeyFile;
import nl.werkbank.core.storage.StorageException;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Instellingen, Privacy on an encrypted folder: it says so, and the passphrase is changed by keyboard only. */
class PrivacyScreenTest extends UiTestBase {

    private static final String FIRST = "vier woorden op een rij";
    private static final String SECOND = "een andere zin van vijf woorden";

    @Override
    Werkbank openWerkbank(Path folder, Clock clock) {
        return Werkbank.open(folder, KeyFile.create(folder, FIRST.toCharArray()).key(), clock);
    }

    @Test
    void anEncryptedFolderSaysSoAndItsPassphraseIsChangedWithTheCurrentOneFirst() {
        clickOn("#nav-settings");
        waitUntil(() -> !lookup("#privacy-status").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#privacy-status").queryAs(Label.class).getText()).startsWith("Versleuteld");
        Screenshots.capture("privacy");

        clickOn("#privacy-change");
        clickOn("#privacy-current").write("niet de goede zin").type(KeyCode.ENTER);
        clickOn("#passphrase-new").write(SECOND);
        clickOn("#passphrase-repeat").write(SECOND).type(KeyCode.ENTER);
        // The current passphrase was wrong: said in the dialog, nothing changed.
        assertThat(lookup("#passphrase-error").queryAs(Label.class).getText()).isEqualTo("Die wachtwoordzin klopt niet. Er is niets veranderd.");
        assertThat(KeyFile.unlock(folder, FIRST.toCharArray())).isEqualTo(werkbank.fileKey());
        clickOn("Annuleren");

        clickOn("#privacy-change");
        clickOn("#privacy-current").write(FIRST).type(KeyCode.ENTER);
        clickOn("#passphrase-new").write(SECOND);
        clickOn("#passphrase-repeat").write(SECOND).type(KeyCode.ENTER);
        clickOn("OK"); // "De wachtwoordzin is gewijzigd."
        assertThat(KeyFile.unlock(folder, SECOND.toCharArray())).isEqualTo(werkbank.fileKey());
        assertThatThrownBy(() -> KeyFile.unlock(folder, FIRST.toCharArray())).isInstanceOf(StorageException.class);
    }

    @Test
    void aNewFolderIsSetUpWithAPassphraseTypedTwiceAndShowsItsRecoveryKeyOnce() {
        Path fresh = folder.resolve("nieuw");
        AtomicReference<Optional<FileKey>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(PassphraseDialog.setUp(fresh, new Localization(Language.DUTCH))));
        WaitForAsyncUtils.waitForFxEvents();
        write("kort").type(KeyCode.TAB).write("kort");
        assertThat(lookup("#passphrase-strength").queryAs(Label.class).getText()).startsWith("Te kort");
        type(KeyCode.ENTER);
        assertThat(lookup("#passphrase-error").queryAs(Label.class).getText()).startsWith("Kies een wachtwoordzin van minstens 10 tekens");
        assertThat(KeyFile.file(fresh)).doesNotExist();

        replaceText(lookup("#passphrase-new").query(), FIRST);
        assertThat(lookup("#passphrase-strength").queryAs(Label.class).getText()).isEqualTo("Sterk.");
        replaceText(lookup("#passphrase-repeat").query(), FIRST).type(KeyCode.ENTER);
        String shown = lookup("#passphrase-recovery-shown").queryTextInputControl().getText();
        assertThat(shown).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){7}");
        Screenshots.capture("passphrase-recovery");
        type(KeyCode.ENTER);
        waitUntil(() -> result.get() != null);

        FileKey key = result.get().orElseThrow();
        assertThat(KeyFile.unlockWithRecoveryKey(fresh, shown)).isEqualTo(key);
        try (Werkbank created = Werkbank.open(fresh, key)) {
            assertThat(created.database().encrypted()).isTrue();
        }
        assertThat(FolderState.of(fresh)).isEqualTo(FolderState.ENCRYPTED);
    }
}
