package nl.werkbank.app.settings;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.storage.Backup;
import org.kordamp.ikonli.feather.Feather;

/** The list of backups with date, kind, size and records, and the buttons to make or restore one. */
final class BackupsSection {

    private BackupsSection() {
    }

    static VBox build(BackupsViewModel vm, Localization i18n) {
        TableView<Backup> table = Tables.table(i18n.tr("backups.empty"));
        table.setId("settings-backups");
        table.setItems(vm.backups());
        table.setPrefHeight(220);
        Tables.column(table, i18n.tr("backups.col.date"), b -> i18n.dateTime(b.created()), 150);
        Tables.column(table, i18n.tr("backups.col.reason"), b -> i18n.tr(b.reason()), 150);
        Tables.column(table, i18n.tr("backups.col.size"), b -> i18n.tr("backups.size", Math.max(1, (b.size() + 512) / 1024)), 90);
        Tables.column(table, i18n.tr("backups.col.records"), b -> b.counts().isEmpty() ? "?" : i18n.count(b.records()), 90);
        Tables.column(table, i18n.tr("backups.col.check"), b -> i18n.tr(b.sound() ? "backups.sound" : "backups.damaged"), 120);
        Button now = MasterDetail.iconButton(Feather.SAVE, i18n.tr("backups.now"));
        now.setId("settings-backup-now");
        now.setOnAction(event -> vm.backupNow());
        Button restore = Tables.rowButton(table, Feather.ROTATE_CCW, i18n.tr("backups.restore"), vm::restore);
        restore.setId("settings-backup-restore");
        return new VBox(8, new HBox(8, now, restore), table);
    }
}
