package nl.werkbank.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.server.ServerAccount;
import nl.werkbank.core.server.ServerSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code werkbank server init --url jdbc:postgresql://HOST/DB --user NAME}: the Werkplaats server (issue 22). */
@Command(name = "server", mixinStandardHelpOptions = true, subcommands = {ServerCommand.Init.class})
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

    /** Creates or updates the server's tables: the laptops' own migrations, on PostgreSQL. Run again, it changes nothing. */
    @Command(name = "init", mixinStandardHelpOptions = true)
    static final class Init implements Callable<Integer> {
        @ParentCommand
        ServerCommand server;

        @Option(names = "--url", paramLabel = "JDBC-URL", required = true, descriptionKey = "cli.server.url")
        String url;

        @Option(names = "--user", paramLabel = "NAME", required = true, descriptionKey = "cli.server.user")
        String user;

        @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.server.passwordFile")
        Path passwordFile;

        @Override
        public Integer call() {
            Localization i18n = server.parent.localization();
            ServerAccount.checkUrl(url);
            ServerAccount account = new ServerAccount(url, user, password(System.getenv(), i18n));
            ServerSchema.Initialized done = ServerSchema.init(account.dataSource());
            server.spec.commandLine().getOut().println(i18n.tr("cli.server.initialized", account.displayUrl(), done.serverVersion(),
                    done.schemaBefore(), done.schemaNow(), done.migrationsRun()));
            return 0;
        }

        /** From the file's first line, else the environment; a password on the command line would stay in the shell's history. */
        private char[] password(Map<String, String> env, Localization i18n) {
            return Passphrase.given(passwordFile, Map.of(), i18n)
                    .or(() -> Optional.ofNullable(env.get(PASSWORD_VARIABLE)).filter(p -> !p.isEmpty()).map(String::toCharArray))
                    .orElseThrow(() -> new CliUsageException(i18n.tr("cli.server.noPassword", PASSWORD_VARIABLE)));
        }
    }
}
