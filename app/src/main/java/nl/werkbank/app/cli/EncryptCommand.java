package nl.werkbank.app.cli;

import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.storage.Encryption;
import nl.werkbank.core.storage.FolderState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code werkbank encrypt}: encrypts a folder made without encryption, with the passphrase from
 * {@code --passphrase-file} or {@code WERKBANK_PASSPHRASE}; prints the herstelsleutel once.
 */
@Command(name = "encrypt", mixinStandardHelpOptions = true)
final class EncryptCommand implements Callable<Integer> {

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Localization i18n = parent.localization();
        if (FolderState.of(parent.dataDirectory()) == FolderState.ENCRYPTED) {
            spec.commandLine().getOut().println(i18n.tr("cli.encrypt.already"));
            return 0;
        }
        char[] passphrase = parent.passphrase().orElseThrow(() -> new CliUsageException(
                i18n.tr("cli.passphrase.needed", Passphrase.ENV_VARIABLE)));
        Encryption.Result result = Encryption.encrypt(parent.dataDirectory(), passphrase);
        spec.commandLine().getOut().println(i18n.tr("cli.encrypt.done", result.plainBackupsRemoved()));
        spec.commandLine().getOut().println(i18n.tr("cli.passphrase.recoveryKey", result.recoveryKey()));
        return 0;
    }
}
