package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.storage.Backup;
import nl.werkbank.core.storage.BackupReason;
import org.junit.jupiter.api.Test;

/** Instellingen, Reservekopieën: make one, change something, restore it after confirming; the change is gone. */
class BackupsScreenTest extends UiTestBase {

    @Override
    void prepare(Werkbank werkbank) {
        werkbank.organizations().create("DOCK", OrganizationType.WELFARE_CARE, null, false);
    }

    @Test
    void aBackupMadeInSettingsIsListedAndRestoredAfterConfirming() {
        clickOn("#nav-settings");
        clickOn("#settings-backup-now");
        clickOn("OK");
        TableView<Backup> table = lookup("#settings-backups").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).records()).isEqualTo(werkbank.info().totalRecords());

        werkbank.organizations().create("Buurthuis De Zuid", OrganizationType.OTHER, null, false);
        clickOn(lookup("zelf gemaakt").<javafx.scene.Node>query());
        clickOn("#settings-backup-restore");
        // Nothing happens until the question is answered.
        assertThat(werkbank.info().recordCounts()).containsEntry("organization", 2L);
        clickOn("Terugzetten");
        clickOn("OK");

        assertThat(werkbank.info().recordCounts()).containsEntry("organization", 1L);
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(Backup::reason).contains(BackupReason.BEFORE_RESTORE, BackupReason.MANUAL);
    }
}
