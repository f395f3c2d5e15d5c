package nl.werkbank.app;

import nl.werkbank.app.cli.WerkbankCommand;

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
        java.nio.file.Path data = command.dataDirectory();
        if (command.smokeTest() || command.helloWorld()) {
            Startup.prepareSmokeTest();
            if (!command.dataDirGiven()) {
                data = Startup.temporaryDataFolder();
            }
        }
        // The database opens (H2, logging, schema check) while JavaFX starts: on two cores that halves the wait.
        WerkbankApplication.configure(command.helloWorld() ? null : WerkbankApplication.openInBackground(data), data,
                command.file(), command.smokeTest());
        try {
            javafx.application.Application.launch(command.helloWorld() ? HelloWorldApplication.class : WerkbankApplication.class);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.err.println(command.localization().tr("cli.noDisplay"));
            System.exit(1);
        }
    }
}
