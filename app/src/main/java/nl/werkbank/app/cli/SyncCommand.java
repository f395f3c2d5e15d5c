package nl.werkbank.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.werkbank.app.exchange.ExchangeTexts;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.exchange.Conflict;
import nl.werkbank.core.exchange.RemovalsNotAccepted;
import nl.werkbank.core.exchange.SyncResult;
import nl.werkbank.core.exchange.SyncState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code werkbank sync [--url URL --user LOGIN]}: sync with the Werkplaats server (issue 22). Given a server, it is
 * stored first (the password encrypted with the data); without, the stored one is used. Deletions made elsewhere are
 * shown and taken only with --accept-deletions, as with an exchange file.
 */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", paramLabel = "JDBC-URL", descriptionKey = "cli.server.url")
    private String url;

    @Option(names = "--user", paramLabel = "LOGIN", descriptionKey = "cli.sync.user")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.server.passwordFile")
    private Path passwordFile;

    @Option(names = "--accept-deletions", descriptionKey = "cli.sync.acceptDeletions")
    private boolean acceptDeletions;

    @Option(names = "--status", descriptionKey = "cli.sync.status")
    private boolean status;

    @Override
    public Integer call() {
        Localization i18n = parent.localization();
        PrintWriter out = spec.commandLine().getOut();
        try (Werkbank werkbank = parent.openWerkbank()) {
            if (url != null || user != null) {
                if (url == null || user == null) {
                    throw new CliUsageException(i18n.tr("cli.sync.urlAndUser"));
                }
                werkbank.sync().connect(url, user, password(i18n));
                out.println(i18n.tr("cli.sync.connected", werkbank.sync().account().orElseThrow().displayUrl(), user));
            }
            if (status) {
                printStatus(werkbank, i18n, out);
                return 0;
            }
            ExchangeTexts texts = new ExchangeTexts(i18n);
            TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
            SyncResult result;
            try {
                result = werkbank.sync().sync(progress, acceptDeletions);
            } catch (RemovalsNotAccepted refused) {
                progress.clear();
                spec.commandLine().getErr().println(texts.removals(refused.wouldBe()));
                spec.commandLine().getErr().println(i18n.tr("cli.sync.deletionsRefused"));
                return 1;
            } finally {
                progress.clear();
            }
            out.println(i18n.tr("cli.sync.done", werkbank.sync().account().orElseThrow().displayUrl(), result.receivedCount(),
                    result.sent(), result.conflicts().size()));
            if (result.received() != null && result.received().total(nl.werkbank.core.exchange.KindCounts::written) > 0) {
                texts.countLines(result.received()).forEach(line -> out.println("  " + line));
            }
            for (Conflict conflict : result.conflicts()) {
                out.println("  ! " + texts.conflict(conflict));
            }
            if (result.notPermitted() > 0) {
                out.println("  ! " + i18n.tr("cli.sync.notPermitted", result.notPermitted()));
            }
            nl.werkbank.app.sync.SyncTexts.clock(result.clockOffset(), i18n).ifPresent(line -> out.println("  ! " + line));
            return 0;
        }
    }

    private void printStatus(Werkbank werkbank, Localization i18n, PrintWriter out) {
        Optional<SyncState> state = werkbank.sync().state();
        if (state.isEmpty()) {
            out.println(i18n.tr("error.sync.noServer"));
            return;
        }
        SyncState s = state.get();
        String last = s.lastSyncAt() == null ? i18n.tr("cli.sync.never")
                : TIME.format(s.lastSyncAt().atZone(ZoneId.systemDefault()));
        out.println(i18n.tr("cli.sync.state", werkbank.sync().account().map(a -> a.displayUrl()).orElse(s.serverUrl()), s.login(), last,
                werkbank.sync().waiting()));
    }

    private char[] password(Localization i18n) {
        return Passphrase.given(passwordFile, Map.of(), i18n)
                .or(() -> Optional.ofNullable(System.getenv(ServerCommand.PASSWORD_VARIABLE)).filter(p -> !p.isEmpty())
                        .map(String::toCharArray))
                .orElseThrow(() -> new CliUsageException(i18n.tr("cli.server.noPassword", ServerCommand.PASSWORD_VARIABLE)));
    }
}
