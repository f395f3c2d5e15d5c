package nl.werkbank.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.werkbank.core.storage.FileKey;
import nl.werkbank.core.storage.FolderState;
import nl.werkbank.core.storage.KeyFile;
import nl.werkbank.app.cli.WerkbankCommand;
import nl.werkbank.core.Werkbank;

/**
 * Entry point of werkbank.jar. Kept free of JavaFX types so the command line works without a display
 * (and so the fat jar starts: a main class extending Application needs JavaFX on the module path).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        WerkbankCommand command = new WerkbankCommand();
        int exitCode = command.execute(args);
        if (exitCode != WerkbankCommand.LAUNCH_GUI) {
            System.exit(exitCode);
        }
        Path data = command.dataDirectory();
        if (command.smokeTest() || command.helloWorld()) {
            Startup.prepareSmokeTest();
            if (!command.dataDirGiven()) {
                data = Startup.temporaryDataFolder();
            }
        }
        // The database opens (H2, logging, schema check) while JavaFX starts: on two cores that halves the wait.
        // Known key (no encryption, or a passphrase given): open now. Otherwise the window asks first.
        Optional<FileKey> key = command.helloWorld() ? Optional.empty() : knownKey(command, data);
        Path folder = data;
        WerkbankApplication.configure(key.map(k -> prepare(folder, k)).orElse(null), data,
                command.file(), command.smokeTest());
        try {
            javafx.application.Application.launch(command.helloWorld() ? HelloWorldApplication.class : WerkbankApplication.class);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.err.println(command.localization().tr("cli.noDisplay"));
            System.exit(1);
        }
    }

    /**
     * The data key when no question is needed: a folder without encryption, a new one for a smoke test or with
     * --no-encryption, or an encrypted one whose passphrase was given (a wrong one is asked again in the window).
     */
    private static Optional<FileKey> knownKey(WerkbankCommand command, Path data) {
        return switch (FolderState.of(data)) {
            case PLAIN -> Optional.of(FileKey.NONE);
            case NEW -> command.smokeTest() || command.noEncryption() ? Optional.of(FileKey.NONE) : Optional.empty();
            case ENCRYPTED -> {
                try {
                    yield command.passphrase().map(p -> KeyFile.unlock(data, p));
                } catch (RuntimeException wrong) {
                    yield Optional.empty();
                }
            }
        };
    }

    /** Loading the classes of Werkbank's services takes a few hundred milliseconds: done while JavaFX starts. */
    private static CompletableFuture<Werkbank> prepare(Path data, FileKey key) {
        return CompletableFuture.supplyAsync(() -> Werkbank.openInBackground(data, key), work -> {
            Thread thread = new Thread(work, "prepare-werkbank");
            thread.setDaemon(true);
            thread.start();
        });
    }
}
