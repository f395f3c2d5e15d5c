package nl.werkbank.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.storage.FileKey;
import nl.werkbank.core.storage.FolderState;
import nl.werkbank.core.storage.KeyFile;

/**
 * The data key for a command, without ever prompting (commands run in scripts): the passphrase comes from
 * {@code --passphrase-file} or {@code WERKBANK_PASSPHRASE}. A new folder without one is refused unless
 * {@code --no-encryption} says so.
 */
final class Passphrase {

    static final String ENV_VARIABLE = "WERKBANK_PASSPHRASE";

    private Passphrase() {
    }

    /** The passphrase given to this command, if any: the file's first line, else the environment variable. */
    static Optional<char[]> given(Path file, Map<String, String> env, Localization i18n) {
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                return Optional.of((end < 0 ? text : text.substring(0, end)).replace("\r", "").toCharArray());
            } catch (IOException e) {
                throw new CliUsageException(i18n.tr("cli.passphrase.unreadable", file.toString()));
            }
        }
        String fromEnv = env.get(ENV_VARIABLE);
        return fromEnv == null || fromEnv.isEmpty() ? Optional.empty() : Optional.of(fromEnv.toCharArray());
    }

    /** Unlocks, or sets up, the folder's key; prints the herstelsleutel of a new encrypted folder once. */
    static FileKey keyFor(Path dataDirectory, Optional<char[]> passphrase, boolean noEncryption, Localization i18n, PrintWriter out) {
        return switch (FolderState.of(dataDirectory)) {
            case PLAIN -> FileKey.NONE;
            case ENCRYPTED -> KeyFile.unlock(dataDirectory,
                    passphrase.orElseThrow(() -> new CliUsageException(i18n.tr("cli.passphrase.needed", ENV_VARIABLE))));
            case NEW -> {
                if (passphrase.isPresent()) {
                    KeyFile.Created created = KeyFile.create(dataDirectory, passphrase.get());
                    out.println(i18n.tr("cli.passphrase.recoveryKey", created.recoveryKey()));
                    yield created.key();
                }
                if (noEncryption) {
                    yield FileKey.NONE;
                }
                throw new CliUsageException(i18n.tr("cli.passphrase.newFolder", ENV_VARIABLE));
            }
        };
    }
}
