package nl.werkbank.app.cli;

/** The command cannot run as given (no passphrase, for instance): a message and exit code 2, as for wrong options. */
final class CliUsageException extends RuntimeException {

    CliUsageException(String message) {
        super(message);
    }
}
