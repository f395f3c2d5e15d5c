package nl.werkbank.app.privacy;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.i18n.Localization;

/** The Privacy part of Instellingen: what is stored and how it is protected, with the buttons that change it. */
public final class PrivacySection {

    private PrivacySection() {
    }

    public static VBox build(PrivacyViewModel vm) {
        Localization i18n = vm.ui().i18n();
        Label status = new Label();
        status.setId("privacy-status");
        status.textProperty().bind(vm.status());
        status.setWrapText(true);
        Label stored = Forms.muted(new Label(i18n.tr("privacy.stored")));
        stored.setWrapText(true);
        Label where = Forms.muted(new Label(i18n.tr("privacy.folder", vm.ui().werkbank().dataDirectory().toString())));
        where.setWrapText(true);
        Label backup = Forms.muted(new Label());
        backup.textProperty().bind(vm.lastBackup());

        Button change = new Button(i18n.tr("privacy.change"));
        change.setId("privacy-change");
        change.visibleProperty().bind(vm.encrypted());
        change.managedProperty().bind(change.visibleProperty());
        change.setOnAction(event -> changePassphrase(vm, i18n));
        Button encrypt = new Button(i18n.tr("privacy.encrypt"));
        encrypt.setId("privacy-encrypt");
        encrypt.visibleProperty().bind(vm.encrypted().not());
        encrypt.managedProperty().bind(encrypt.visibleProperty());
        encrypt.setDisable(!vm.canEncrypt());
        encrypt.setOnAction(event -> PassphraseDialog.askNew(i18n, i18n.tr("privacy.encrypt.title"), i18n.tr("privacy.encrypt.intro"),
                false, typed -> { }).ifPresent(vm::encrypt));
        Label exchange = new Label();
        exchange.setId("privacy-exchange-password");
        exchange.setWrapText(true);
        exchange.textProperty().bind(vm.exchangePassword());
        Button exchangePassword = new Button(i18n.tr("privacy.exchangePassword.change"));
        exchangePassword.setId("privacy-set-exchange-password");
        exchangePassword.setOnAction(event -> vm.setExchangePassword());
        return new VBox(6, status, stored, where, backup, new HBox(8, change, encrypt), exchange, exchangePassword);
    }

    /** The current passphrase first (someone at an unlocked laptop cannot lock its owner out), then the new one twice. */
    private static void changePassphrase(PrivacyViewModel vm, Localization i18n) {
        PasswordField current = new PasswordField();
        current.setId("privacy-current");
        Alert ask = new Alert(Alert.AlertType.NONE, "", new ButtonType(i18n.tr("privacy.change.next"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(i18n.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.setHeaderText(i18n.tr("privacy.change.current"));
        ask.getDialogPane().setContent(current);
        javafx.application.Platform.runLater(current::requestFocus);
        if (ask.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isEmpty()) {
            return;
        }
        char[] typed = current.getText().toCharArray();
        Optional<char[]> next = PassphraseDialog.askNew(i18n, i18n.tr("privacy.change.title"), i18n.tr("privacy.change.intro"),
                i18n.tr("privacy.change.confirm"), false,
                chosen -> vm.changePassphrase(typed.clone(), chosen));
        if (next.isPresent()) {
            vm.ui().dialogs().showInfo(i18n.tr("privacy.change.title"), i18n.tr("privacy.change.done"));
        }
    }
}
