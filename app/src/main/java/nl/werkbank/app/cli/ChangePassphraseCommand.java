package nl.werkbank.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.storage.FileKey;
import nl.werkbank.core.storage.FolderState;
import nl.werkbank.core.storage.KeyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code werkbank change-passphrase --new-passphrase-file FILE}: guards the data key with a new passphrase (the current
 * one as for every command). Only the key file changes; the herstelsleutel stays valid.
 */
@Command(name = "change-passphrase", mixinStandardHelpOptions = true)
final class ChangePassphraseCommand implements Callable<Integer> {

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE", required = true, descriptionKey = "cli.changePassphrase.file")
    private Path newPassphraseFile;

    @Override
    public Integer call() {
        Localization i18n = parent.localization();
        if (FolderState.of(parent.dataDirectory()) != FolderState.ENCRYPTED) {
            throw new CliUsageException(i18n.tr("cli.changePassphrase.notEncrypted"));
        }
        FileKey key = parent.fileKey();
        char[] next = Passphrase.given(newPassphraseFile, Map.of(), i18n).orElseThrow();
        KeyFile.changePassphrase(parent.dataDirectory(), key, next);
        spec.commandLine().getOut().println(i18n.tr("cli.changePassphrase.done"));
        return 0;
    }
}
