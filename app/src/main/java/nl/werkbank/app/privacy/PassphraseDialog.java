package nl.werkbank.app.privacy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.storage.FileKey;
import nl.werkbank.core.storage.KeyFile;
import nl.werkbank.core.storage.Passphrases;
import nl.werkbank.core.storage.StorageException;

/**
 * Before the main window: a new data folder gets a passphrase (typed twice, with a plain word on its strength) and
 * shows its herstelsleutel once; an encrypted folder asks for the passphrase, or the herstelsleutel when it is
 * forgotten. A mistake is said in the dialog, which stays open; nothing is changed by a wrong attempt.
 */
public final class PassphraseDialog {

    private PassphraseDialog() {
    }

    /** A new folder: the key to create it with, {@link FileKey#NONE} when the user chose no encryption, or empty to quit. */
    public static Optional<FileKey> setUp(Path dataDirectory, Localization i18n) {
        FileKey[] made = new FileKey[1];
        Optional<char[]> chosen = askNew(i18n, i18n.tr("passphrase.setup.title"), i18n.tr("passphrase.setup.intro"), true, typed -> {
            KeyFile.Created created = KeyFile.create(dataDirectory, typed);
            made[0] = created.key();
            showRecoveryKey(created.recoveryKey(), i18n);
        });
        return chosen.map(typed -> typed.length == 0 ? FileKey.NONE : made[0]);
    }

    /** What to do with an accepted new passphrase while the dialog is still open (a failure is shown in it). */
    @FunctionalInterface
    public interface Accept {
        void accept(char[] passphrase);
    }

    /**
     * Asks for a new passphrase twice, with its strength shown while typing, and hands it to {@code accept}. Returns
     * it, an empty array when the user chose no encryption ({@code offerNone}), or empty when cancelled.
     */
    public static Optional<char[]> askNew(Localization i18n, String title, String intro, boolean offerNone, Accept accept) {
        return askNew(i18n, title, intro, i18n.tr("passphrase.setup.confirm"), offerNone, accept);
    }

    /** As above, with {@code confirm} on the button that accepts. */
    public static Optional<char[]> askNew(Localization i18n, String title, String intro, String confirm, boolean offerNone,
                                          Accept accept) {
        PasswordField first = field("passphrase-new");
        PasswordField second = field("passphrase-repeat");
        Label strength = new Label(i18n.tr("passphrase.strength.TOO_SHORT"));
        strength.setId("passphrase-strength");
        first.textProperty().addListener((obs, old, now) ->
                strength.setText(i18n.tr("passphrase.strength." + Passphrases.strength(now.toCharArray()).name())));
        Label error = error();
        Label warning = wrapped(i18n.tr("passphrase.setup.warning"));
        warning.getStyleClass().add("text-bold");
        Dialog<ButtonType> dialog = dialog(i18n, title, new VBox(8, wrapped(intro), new Label(i18n.tr("passphrase.field")), first,
                strength, new Label(i18n.tr("passphrase.repeat")), second, warning, error));
        ButtonType encrypt = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
        ButtonType plain = new ButtonType(i18n.tr("passphrase.setup.none"), ButtonBar.ButtonData.LEFT);
        if (offerNone) {
            dialog.getDialogPane().getButtonTypes().setAll(plain, cancel(i18n), encrypt);
        } else {
            dialog.getDialogPane().getButtonTypes().setAll(cancel(i18n), encrypt);
        }
        javafx.application.Platform.runLater(first::requestFocus);
        Button ok = (Button) dialog.getDialogPane().lookupButton(encrypt);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            char[] typed = first.getText().toCharArray();
            if (!Arrays.equals(typed, second.getText().toCharArray())) {
                error.setText(i18n.tr("passphrase.mismatch"));
                event.consume();
                return;
            }
            try {
                accept.accept(typed);
            } catch (RuntimeException e) {
                error.setText(ErrorMessages.describe(e, i18n));
                event.consume();
            }
        });
        if (offerNone) {
            Button none = (Button) dialog.getDialogPane().lookupButton(plain);
            none.addEventFilter(ActionEvent.ACTION, event -> {
                Alert sure = new Alert(Alert.AlertType.WARNING, i18n.tr("passphrase.none.warning"),
                        new ButtonType(i18n.tr("passphrase.none.confirm"), ButtonBar.ButtonData.OK_DONE), cancel(i18n));
                sure.setHeaderText(i18n.tr("passphrase.none.title"));
                if (sure.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isEmpty()) {
                    event.consume();
                }
            });
        }
        Optional<ButtonType> chosen = dialog.showAndWait();
        if (chosen.isPresent() && chosen.get() == encrypt) {
            return Optional.of(first.getText().toCharArray());
        }
        return chosen.filter(plain::equals).map(b -> new char[0]);
    }

    /** An encrypted folder: the key from the passphrase or the herstelsleutel, or empty to quit. */
    public static Optional<FileKey> unlock(Path dataDirectory, Localization i18n) {
        PasswordField passphrase = field("passphrase-unlock");
        TextField recovery = new TextField();
        recovery.setId("passphrase-recovery");
        recovery.setPromptText(i18n.tr("passphrase.recoveryKey.prompt"));
        Label recoveryLabel = new Label(i18n.tr("passphrase.recoveryKey"));
        recovery.setVisible(false);
        recovery.setManaged(false);
        recoveryLabel.setVisible(false);
        recoveryLabel.setManaged(false);
        Hyperlink forgot = new Hyperlink(i18n.tr("passphrase.forgot"));
        forgot.setOnAction(event -> {
            for (var node : new javafx.scene.Node[] {recovery, recoveryLabel}) {
                node.setVisible(true);
                node.setManaged(true);
            }
            forgot.setVisible(false);
            recovery.requestFocus();
        });
        Label error = error();
        Dialog<ButtonType> dialog = dialog(i18n, i18n.tr("passphrase.unlock.title"),
                new VBox(8, wrapped(i18n.tr("passphrase.unlock.intro", dataDirectory.toString())), passphrase, forgot,
                        recoveryLabel, recovery, error));
        ButtonType open = new ButtonType(i18n.tr("passphrase.unlock.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(cancel(i18n), open);
        FileKey[] key = new FileKey[1];
        ((Button) dialog.getDialogPane().lookupButton(open)).addEventFilter(ActionEvent.ACTION, event -> {
            try {
                key[0] = recovery.isVisible() && !recovery.getText().isBlank()
                        ? KeyFile.unlockWithRecoveryKey(dataDirectory, recovery.getText())
                        : KeyFile.unlock(dataDirectory, passphrase.getText().toCharArray());
            } catch (StorageException e) {
                error.setText(ErrorMessages.describe(e, i18n));
                passphrase.selectAll();
                event.consume();
            }
        });
        javafx.application.Platform.runLater(passphrase::requestFocus);
        return dialog.showAndWait().filter(open::equals).map(b -> key[0]);
    }

    /** Shown once, right after set-up: the key to write down, with a copy button. */
    public static void showRecoveryKey(String recoveryKey, Localization i18n) {
        TextField shown = new TextField(recoveryKey);
        shown.setId("passphrase-recovery-shown");
        shown.setEditable(false);
        shown.setStyle("-fx-font-family: monospace; -fx-font-size: 1.3em;");
        Button copy = new Button(i18n.tr("passphrase.recovery.copy"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(recoveryKey);
            Clipboard.getSystemClipboard().setContent(content);
        });
        Dialog<ButtonType> dialog = dialog(i18n, i18n.tr("passphrase.recovery.title"),
                new VBox(8, wrapped(i18n.tr("passphrase.recovery.intro")), shown, copy));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.tr("passphrase.recovery.done"), ButtonBar.ButtonData.OK_DONE));
        dialog.showAndWait();
    }

    private static Dialog<ButtonType> dialog(Localization i18n, String title, VBox content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(i18n.tr("app.name"));
        dialog.setHeaderText(title);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(640);
        return dialog;
    }

    private static ButtonType cancel(Localization i18n) {
        return new ButtonType(i18n.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        return field;
    }

    private static Label error() {
        Label error = wrapped("");
        error.setId("passphrase-error");
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        return error;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(520);
        // Wrapped text gets the height it needs (a dialog otherwise cuts it to one line with "…").
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
