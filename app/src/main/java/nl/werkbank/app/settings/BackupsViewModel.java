package nl.werkbank.app.settings;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.storage.Backup;
import nl.werkbank.core.storage.BackupReason;

/** Instellingen, Reservekopieën: the backups in the data folder, making one now, and restoring one. */
public final class BackupsViewModel {

    private final UiContext ui;
    private final Runnable afterRestore;
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();

    /** @param afterRestore rebuilds the screens, which still show the data from before */
    public BackupsViewModel(UiContext ui, Runnable afterRestore) {
        this.ui = ui;
        this.afterRestore = afterRestore;
    }

    public ObservableList<Backup> backups() {
        return backups;
    }

    public void refresh() {
        BackgroundTask.wrap(() -> ui.werkbank().backups().list())
                .onSuccess(backups::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    public void backupNow() {
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> ui.werkbank().backups().create(BackupReason.MANUAL))
                .onSuccess(made -> {
                    ui.saveStatus().saved();
                    refresh();
                    ui.dialogs().showInfo(ui.i18n().tr("backups.made.title"),
                            ui.i18n().tr("backups.made", made.file().toString(), ui.i18n().count(made.records())));
                })
                .onFailure(e -> {
                    ui.saveStatus().failed(ui.i18n().tr("backups.failed"));
                    ui.showFailure(e);
                })
                .executeWith(ui.executor());
    }

    /** Asks first: everything typed since that backup is replaced (but kept as a backup of its own). */
    public void restore(Backup backup) {
        if (backup == null || !ui.dialogs().confirm(ui.i18n().tr("backups.restore.title"),
                ui.i18n().tr("backups.restore.question", ui.i18n().dateTime(backup.created()), ui.i18n().count(backup.records())),
                ui.i18n().tr("backups.restore.confirm"))) {
            return;
        }
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> ui.werkbank().backups().restore(backup.file()))
                .onSuccess(counts -> {
                    ui.saveStatus().saved();
                    afterRestore.run();
                    ui.dialogs().showInfo(ui.i18n().tr("backups.restore.title"),
                            ui.i18n().tr("backups.restored", ui.i18n().dateTime(backup.created())));
                })
                .onFailure(e -> {
                    ui.saveStatus().failed(ui.i18n().tr("backups.restore.failed"));
                    ui.showFailure(e);
                })
                .executeWith(ui.executor());
    }
}
