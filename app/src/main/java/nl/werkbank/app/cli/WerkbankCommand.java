package nl.werkbank.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.preferences.SettingsStore;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.exchange.ExchangeFormat;
import nl.werkbank.core.storage.DataDirectory;
import nl.werkbank.core.storage.FileKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code werkbank [--data-dir DIR] [command]}: without a command the window opens; with one, it runs
 * without a window. Texts come from the same bundles as the UI ({@code cli.*} keys).
 */
@Command(name = "werkbank", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {DemoCommand.class, InfoCommand.class, ReportCommand.class, ExportCommand.class, ImportCommand.class,
            BenchCommand.class, BackupCommand.class, RestoreCommand.class, CheckCommand.class, EncryptCommand.class,
            ChangePassphraseCommand.class, PrivacyCommand.class, ActivityReportCommand.class,
            ImportAttendanceCommand.class, ServerCommand.class, SyncCommand.class})
public final class WerkbankCommand implements Callable<Integer> {

    /** Exit code meaning "no command given: open the window". Outside the 0–255 range a process can return. */
    public static final int LAUNCH_GUI = -1;

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    private Path dataDir;

    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "cli.option.passphraseFile")
    private Path passphraseFile;

    @Option(names = "--no-encryption", descriptionKey = "cli.option.noEncryption")
    private boolean noEncryption;

    @Option(names = "--smoke-test", descriptionKey = "cli.option.smokeTest")
    private boolean smokeTest;

    @Option(names = "--hello-world", hidden = true)
    private boolean helloWorld;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "cli.option.file")
    private Path file;

    private Localization localization;

    /** Start the window on an empty temporary data folder, report the first frame, and quit (for installers). */
    public boolean smokeTest() {
        return smokeTest;
    }

    /** A bare JavaFX window started the same way, to compare start-up times against (packaging bench). */
    public boolean helloWorld() {
        return helloWorld;
    }

    /** True when --data-dir was given (a smoke test then starts on that folder instead of an empty one). */
    public boolean dataDirGiven() {
        return dataDir != null;
    }

    /** An exchange file given on the command line (a double-click): the window opens its import preview. */
    public Path file() {
        return file;
    }

    public int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(this);
        // A data folder may be called like a command ("--data-dir demo").
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        // Help is shown before --data-dir is known: it follows the settings of the default data folder.
        commandLine.setResourceBundle(new Localization(new SettingsStore(DataDirectory.resolve(null)).load().getLanguage()).bundle());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionStrategy(parsed -> {
            // Before the first log line: the log goes to <data folder>/logs (LogConfiguration).
            System.setProperty(nl.werkbank.app.LogConfiguration.DIRECTORY_PROPERTY, dataDirectory().resolve("logs").toString());
            return new CommandLine.RunLast().execute(parsed);
        });
        // Wrong words on the command line: say so in the user's language, then show how it is used.
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println(localization().tr("cli.usageError", e.getMessage()));
            command.usage(command.getErr());
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof CliUsageException usage) {
                err.println(usage.getMessage());
                return 2;
            }
            err.println(CliErrors.describe(e, localization()));
            return 1;
        });
        return commandLine.execute(args);
    }

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (file != null && !(Files.isRegularFile(file) && ExchangeFormat.looksLikeExchangeFile(file))) {
            // Neither a command nor an exchange file: most likely a mistyped command.
            throw new ParameterException(spec.commandLine(), localization().tr("cli.notAFile", file.toString()));
        }
        return LAUNCH_GUI;
    }

    /**
     * Opens the data folder for a command: an encrypted one with the passphrase given, a new one encrypted unless
     * --no-encryption was given.
     */
    public Werkbank openWerkbank() {
        return Werkbank.open(dataDirectory(), fileKey());
    }

    /** The data key of the folder, unlocked or newly made (see {@link Passphrase}). */
    public FileKey fileKey() {
        return Passphrase.keyFor(dataDirectory(), passphrase(), noEncryption, localization(), spec.commandLine().getOut());
    }

    /** The passphrase given on the command line or in the environment. */
    public Optional<char[]> passphrase() {
        return Passphrase.given(passphraseFile, System.getenv(), localization());
    }

    /** True when --no-encryption was given (the window then sets up a new folder without asking). */
    public boolean noEncryption() {
        return noEncryption;
    }

    /** The data folder: --data-dir, else WERKBANK_HOME, else the platform's user data folder. */
    public Path dataDirectory() {
        return DataDirectory.resolve(dataDir);
    }

    /** Texts in the language chosen in the data folder's settings (Dutch when none). */
    public Localization localization() {
        if (localization == null) {
            localization = new Localization(new SettingsStore(dataDirectory()).load().getLanguage());
        }
        return localization;
    }
}
