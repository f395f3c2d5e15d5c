package nl.werkbank.app.cli;

import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.storage.Backup;
import nl.werkbank.core.storage.BackupReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code werkbank backup}: writes a verified backup to {@code backups/} in the data folder. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Localization i18n = parent.localization();
        try (Werkbank werkbank = parent.openWerkbank()) {
            Backup backup = werkbank.backups().create(BackupReason.MANUAL);
            spec.commandLine().getOut().println(i18n.tr("cli.backup.done", backup.file().toString(), i18n.count(backup.records())));
            return 0;
        }
    }
}
