package nl.werkbank.app.fx;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.werkbank.app.i18n.Localization;

/** The status bar's promise that edits are stored: "Opgeslagen om 14:02", or what went wrong. */
public final class SaveStatus {

    private final Localization i18n;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();

    public SaveStatus(Localization i18n) {
        this.i18n = i18n;
        message.set(i18n.tr("status.ready"));
    }

    public void saving() {
        failed.set(false);
        message.set(i18n.tr("status.saving"));
    }

    public void saved() {
        failed.set(false);
        message.set(i18n.tr("status.saved", now()));
    }

    /** Saved, and a field the user changed had also been changed elsewhere meanwhile: the user's value was kept. */
    public void savedOverElsewhere() {
        failed.set(false);
        message.set(i18n.tr("status.savedOverElsewhere", now()));
    }

    public void failed(String reason) {
        failed.set(true);
        message.set(i18n.tr("status.notSaved", reason));
    }

    private static String now() {
        return LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasFailed() {
        return failed.getReadOnlyProperty();
    }
}
