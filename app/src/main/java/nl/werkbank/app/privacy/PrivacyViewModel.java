package nl.werkbank.app.privacy;

import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.Reopener;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.storage.Backup;
import nl.werkbank.core.storage.Encryption;
import nl.werkbank.core.storage.FileKey;
import nl.werkbank.core.storage.KeyFile;

/** Instellingen, Privacy: whether the data is encrypted, where it is, the last backup; change the passphrase or encrypt. */
public final class PrivacyViewModel {

    private final UiContext ui;
    private final Reopener reopener;
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exchangePassword = new ReadOnlyStringWrapper("");

    /** @param reopener closes and reopens the folder for encrypting it; null where that is not possible (tests) */
    public PrivacyViewModel(UiContext ui, Reopener reopener) {
        this.ui = ui;
        this.reopener = reopener;
    }

    public void refresh() {
        BackgroundTask.wrap(() -> new State(ui.werkbank().database().encrypted(), ui.werkbank().backups().latest(),
                        ui.werkbank().exchange().password().isPresent()))
                .onSuccess(state -> {
                    exchangePassword.set(ui.i18n().tr(state.exchangePassword() ? "privacy.exchangePassword.set" : "privacy.exchangePassword.none"));
                    encrypted.set(state.encrypted());
                    status.set(ui.i18n().tr(state.encrypted() ? "privacy.encrypted" : "privacy.notEncrypted"));
                    lastBackup.set(state.latest().map(b -> ui.i18n().tr("privacy.lastBackup", ui.i18n().dateTime(b.created())))
                            .orElse(ui.i18n().tr("privacy.noBackup")));
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    private record State(boolean encrypted, Optional<Backup> latest, boolean exchangePassword) {
    }

    /** Asks for the uitwisselwachtwoord the Werkplaats agreed on and stores it on this laptop (in the database). */
    public void setExchangePassword() {
        ui.dialogs().askPassword(ui.i18n().tr("exchange.password.title"), ui.i18n().tr("exchange.password.forExport"))
                .ifPresent(typed -> BackgroundTask.wrap(() -> {
                    ui.werkbank().exchange().setPassword(typed);
                    return null;
                }).onSuccess(done -> {
                    ui.saveStatus().saved();
                    refresh();
                }).onFailure(ui::showFailure).executeWith(ui.executor()));
    }

    public ReadOnlyStringProperty exchangePassword() {
        return exchangePassword.getReadOnlyProperty();
    }

    /** Checks the current passphrase, then guards the same data key with the new one (the database is not rewritten). */
    public void changePassphrase(char[] current, char[] next) {
        var folder = ui.werkbank().dataDirectory();
        FileKey key = KeyFile.unlock(folder, current);
        KeyFile.changePassphrase(folder, key, next);
        Arrays.fill(current, '\0');
    }

    /** Encrypts this folder: closes it, converts it (verified backup first), and opens it again encrypted. */
    public void encrypt(char[] passphrase) {
        reopener.reopenAfter(folder -> {
            Encryption.Result result = Encryption.encrypt(folder, passphrase);
            FileKey key = KeyFile.unlockWithRecoveryKey(folder, result.recoveryKey());
            PassphraseDialog.showRecoveryKey(result.recoveryKey(), ui.i18n());
            ui.dialogs().showInfo(ui.i18n().tr("privacy.encrypt.title"),
                    ui.i18n().tr("privacy.encrypt.done", result.plainBackupsRemoved()));
            return key;
        });
    }

    public boolean canEncrypt() {
        return reopener != null;
    }

    public ReadOnlyBooleanProperty encrypted() {
        return encrypted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastBackup() {
        return lastBackup.getReadOnlyProperty();
    }

    public UiContext ui() {
        return ui;
    }
}
