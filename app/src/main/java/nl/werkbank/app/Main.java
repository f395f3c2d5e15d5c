package nl.werkbank.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
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
        WerkbankApplication.configure(command.helloWorld() ? null : prepare(data), data,
                command.file(), command.smokeTest());
        try {
            javafx.application.Application.launch(command.helloWorld() ? HelloWorldApplication.class : WerkbankApplication.class);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.err.println(command.localization().tr("cli.noDisplay"));
            System.exit(1);
        }
    }

    /** Loading the classes of Werkbank's services takes a few hundred milliseconds: done while JavaFX starts. */
    private static CompletableFuture<Werkbank> prepare(Path data) {
        return CompletableFuture.supplyAsync(() -> Werkbank.openInBackground(data), work -> {
            Thread thread = new Thread(work, "prepare-werkbank");
            thread.setDaemon(true);
            thread.start();
        });
    }
}
