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
        WerkbankApplication.configure(command.dataDirectory());
        try {
            javafx.application.Application.launch(WerkbankApplication.class);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.err.println(command.localization().tr("cli.noDisplay"));
            System.exit(1);
        }
    }
}
