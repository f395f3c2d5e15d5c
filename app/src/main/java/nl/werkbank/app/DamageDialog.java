package nl.werkbank.app;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.storage.Backup;

/** Says in plain Dutch that the data is damaged and offers the latest sound backup, with its date. */
final class DamageDialog {

    private DamageDialog() {
    }

    /** True when the user chose to restore {@code latest}; false to quit. */
    static boolean offerRestore(Localization i18n, String what, List<Problem> problems, Optional<Backup> latest) {
        String details = problems.stream().limit(5).map(p -> ErrorMessages.describe(p, i18n)).collect(Collectors.joining("\n"));
        String text = what + (details.isEmpty() ? "" : "\n\n" + details) + "\n\n" + latest
                .map(b -> i18n.tr("damage.offer", i18n.dateTime(b.created()), i18n.count(b.records())))
                .orElse(i18n.tr("damage.noBackup"));
        ButtonType restore = new ButtonType(i18n.tr("damage.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(i18n.tr("damage.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = latest.isPresent() ? new Alert(Alert.AlertType.WARNING, "", restore, quit)
                : new Alert(Alert.AlertType.ERROR, "", quit);
        alert.setHeaderText(i18n.tr("damage.title"));
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(560);
        alert.getDialogPane().setContent(body);
        return alert.showAndWait().filter(restore::equals).isPresent();
    }
}
