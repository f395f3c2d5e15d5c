package nl.werkbank.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.storage.Backup;
import nl.werkbank.core.storage.Backups;
import nl.werkbank.core.storage.FileKey;
import nl.werkbank.core.storage.StorageException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code werkbank restore FILE|--latest [--yes]}: replaces all data with a backup, after a backup of the current
 * state. A database that no longer opens is kept aside in {@code backups/} instead.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    static final class Which {
        @Parameters(paramLabel = "FILE", descriptionKey = "cli.restore.file")
        Path file;

        @Option(names = "--latest", descriptionKey = "cli.restore.latest")
        boolean latest;
    }

    @ArgGroup(multiplicity = "1")
    private Which which;

    @Option(names = "--yes", descriptionKey = "cli.restore.yes")
    private boolean yes;

    @Override
    public Integer call() {
        Localization i18n = parent.localization();
        PrintWriter out = spec.commandLine().getOut();
        Path folder = parent.dataDirectory();
        // --latest: the newest backup the check found sound, never the damaged state kept before a restore.
        Optional<Path> chosen = which.latest ? Backups.latestSound(folder).map(Backup::file) : Optional.of(which.file.toAbsolutePath());
        if (chosen.isEmpty()) {
            spec.commandLine().getErr().println(i18n.tr("cli.restore.none", folder.resolve(Backups.FOLDER).toString()));
            return 1;
        }
        Path file = chosen.get();
        if (!yes) {
            spec.commandLine().getErr().println(i18n.tr("cli.restore.confirm", file.toString()));
            return 1;
        }
        FileKey key = parent.fileKey();
        Werkbank werkbank;
        try {
            werkbank = Werkbank.open(folder, key);
        } catch (StorageException cannotOpen) {
            Backup restored = Backups.restoreUnopenable(folder, key, file, Clock.systemDefaultZone());
            out.println(i18n.tr("cli.restore.replacedDamaged", file.toString(), i18n.count(restored.records())));
            return 0;
        }
        try (werkbank) {
            long records = werkbank.backups().restore(file).values().stream().mapToLong(Long::longValue).sum();
            out.println(i18n.tr("cli.restore.done", file.toString(), i18n.count(records)));
            return 0;
        }
    }
}
