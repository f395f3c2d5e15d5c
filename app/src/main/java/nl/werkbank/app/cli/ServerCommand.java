package nl.werkbank.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.server.ServerAccess;
import nl.werkbank.core.server.ServerAccount;
import nl.werkbank.core.server.ServerSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code werkbank server init --url jdbc:postgresql://HOST/DB --user NAME}: the Werkplaats server (issue 22). */
@Command(name = "server", mixinStandardHelpOptions = true, subcommands = {ServerCommand.Init.class, ServerCommand.AddAccount.class})
final class ServerCommand implements Callable<Integer> {

    /** Where the server password comes from when no --password-file is given: never an option on the command line. */
    static final String PASSWORD_VARIABLE = "WERKBANK_SERVER_PASSWORD";

    @ParentCommand
    WerkbankCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The server and the administrator's account, as every server command takes them. */
    abstract static class OnServer {
        @ParentCommand
        ServerCommand server;

        @Option(names = "--url", paramLabel = "JDBC-URL", required = true, descriptionKey = "cli.server.url")
        String url;

        @Option(names = "--user", paramLabel = "NAME", required = true, descriptionKey = "cli.server.user")
        String user;

        @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.server.passwordFile")
        Path passwordFile;

        Localization i18n() {
            return server.parent.localization();
        }

        ServerAccount account() {
            ServerAccount.checkUrl(url);
            return new ServerAccount(url, user, password(passwordFile, System.getenv(), i18n()));
        }
    }

    /** Creates or updates the server's tables: the laptops' own migrations, on PostgreSQL. Run again, it changes nothing. */
    @Command(name = "init", mixinStandardHelpOptions = true)
    static final class Init extends OnServer implements Callable<Integer> {
        @Override
        public Integer call() {
            ServerAccount account = account();
            ServerSchema.Initialized done = ServerSchema.init(account.dataSource());
            server.spec.commandLine().getOut().println(i18n().tr("cli.server.initialized", account.displayUrl(), done.serverVersion(),
                    done.schemaBefore(), done.schemaNow(), done.migrationsRun()));
            return 0;
        }
    }

    /** A login for a coordinator or a facilitator (tied to her person, whose memberships are her teams). */
    @Command(name = "add-account", mixinStandardHelpOptions = true)
    static final class AddAccount extends OnServer implements Callable<Integer> {
        @Option(names = "--login", paramLabel = "LOGIN", required = true, descriptionKey = "cli.server.login")
        String login;

        @Option(names = "--role", paramLabel = "coordinator|facilitator", required = true, descriptionKey = "cli.server.role")
        String role;

        @Option(names = "--person-id", paramLabel = "UUID", descriptionKey = "cli.server.personId")
        java.util.UUID personId;

        @Option(names = "--account-password-file", paramLabel = "FILE", required = true, descriptionKey = "cli.server.accountPasswordFile")
        Path accountPasswordFile;

        @Override
        public Integer call() {
            ServerAccess.Role chosen = switch (role.toLowerCase(java.util.Locale.ROOT)) {
                case "coordinator" -> ServerAccess.Role.COORDINATOR;
                case "facilitator" -> ServerAccess.Role.FACILITATOR;
                default -> throw new CliUsageException(i18n().tr("cli.server.badRole", role));
            };
            if (chosen == ServerAccess.Role.FACILITATOR && personId == null) {
                throw new CliUsageException(i18n().tr("cli.server.facilitatorNeedsPerson"));
            }
            ServerAccount account = account();
            char[] password = Passphrase.given(accountPasswordFile, Map.of(), i18n()).orElseThrow();
            ServerAccess.addAccount(account.dataSource(), login, password, chosen, personId);
            server.spec.commandLine().getOut().println(i18n().tr("cli.server.accountAdded", login, account.displayUrl()));
            return 0;
        }
    }

    /** From the file's first line, else the environment; a password on the command line would stay in the shell's history. */
    private static char[] password(Path file, Map<String, String> env, Localization i18n) {
        return Passphrase.given(file, Map.of(), i18n)
                .or(() -> Optional.ofNullable(env.get(PASSWORD_VARIABLE)).filter(p -> !p.isEmpty()).map(String::toCharArray))
                .orElseThrow(() -> new CliUsageException(i18n.tr("cli.server.noPassword", PASSWORD_VARIABLE)));
    }
}
