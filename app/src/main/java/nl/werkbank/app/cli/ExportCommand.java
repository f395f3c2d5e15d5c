package nl.werkbank.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.werkbank.app.exchange.ExchangeTexts;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.exchange.ExchangeScope;
import nl.werkbank.core.exchange.ExportOptions;
import nl.werkbank.core.exchange.ExportSummary;
import nl.werkbank.core.teams.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code werkbank export --out FILE [--team NAME] [--include-private]}. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.export.out")
    private Path out;

    @Option(names = "--team", paramLabel = "NAME", descriptionKey = "cli.export.team")
    private String team;

    @Option(names = "--include-private", descriptionKey = "cli.export.includePrivate")
    private boolean includePrivate;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.exchange.passwordFile")
    private Path passwordFile;

    @Option(names = "--no-password", descriptionKey = "cli.export.noPassword")
    private boolean noPassword;

    @Override
    public Integer call() {
        Localization i18n = parent.localization();
        ExchangeTexts texts = new ExchangeTexts(i18n);
        try (Werkbank werkbank = parent.openWerkbank()) {
            ExchangeScope scope = ExchangeScope.everything();
            if (team != null) {
                Team chosen = werkbank.teams().list().stream().map(row -> row.team())
                        .filter(t -> t.name().equalsIgnoreCase(team.strip()) || team.strip().equalsIgnoreCase(t.shortName()))
                        .findFirst().orElse(null);
                if (chosen == null) {
                    spec.commandLine().getErr().println(i18n.tr("cli.export.noTeam", team));
                    return 2;
                }
                scope = ExchangeScope.team(chosen.id(), chosen.name());
            }
            if (includePrivate) {
                spec.commandLine().getErr().println(i18n.tr("exchange.privateWarning"));
            }
            // With the uitwisselwachtwoord (given, or stored in Instellingen); a readable file only when asked for.
            char[] password = Passphrase.given(passwordFile, java.util.Map.of(), i18n).or(() -> werkbank.exchange().password())
                    .orElse(null);
            if (password == null && !noPassword) {
                throw new CliUsageException(i18n.tr("cli.export.passwordNeeded"));
            }
            ExportSummary summary = werkbank.exchange().export(out, new ExportOptions(scope, includePrivate)
                    .withPassword(noPassword ? null : password));
            var console = spec.commandLine().getOut();
            console.println(texts.exported(summary));
            console.println(texts.personalData(summary));
            return 0;
        }
    }
}
