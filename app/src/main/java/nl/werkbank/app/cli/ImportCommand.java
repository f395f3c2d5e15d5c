package nl.werkbank.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.werkbank.app.exchange.ExchangeTexts;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.exchange.Conflict;
import nl.werkbank.core.exchange.ExchangeData;
import nl.werkbank.core.exchange.ImportResult;
import nl.werkbank.core.exchange.RemovalsNotAccepted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code werkbank import FILE [--dry-run]}: the preview, then (without --dry-run) the import in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.import.file")
    private Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    private boolean dryRun;

    @Option(names = "--accept-deletions", descriptionKey = "cli.import.acceptDeletions")
    private boolean acceptDeletions;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.exchange.passwordFile")
    private Path passwordFile;

    @Override
    public Integer call() {
        Localization i18n = parent.localization();
        ExchangeTexts texts = new ExchangeTexts(i18n);
        try (Werkbank werkbank = parent.openWerkbank()) {
            char[] password = Passphrase.given(passwordFile, java.util.Map.of(), i18n).or(() -> werkbank.exchange().password())
                    .orElse(null);
            ExchangeData data = werkbank.exchange().read(file, password);
            PrintWriter out = spec.commandLine().getOut();
            TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
            ImportResult result;
            try {
                result = dryRun ? werkbank.exchange().preview(data, progress)
                        : acceptDeletions ? werkbank.exchange().apply(data, progress) : werkbank.exchange().applyUnlessRemovals(data, progress);
            } catch (RemovalsNotAccepted refused) {
                progress.clear();
                // A file can remove a laptop's own work: never without saying so and being told to go ahead.
                spec.commandLine().getErr().println(texts.removals(refused.wouldBe()));
                spec.commandLine().getErr().println(i18n.tr("cli.import.deletionsRefused"));
                return 1;
            } finally {
                progress.clear();
            }
            out.println(texts.source(result));
            texts.countLines(result).forEach(line -> out.println("  " + line));
            out.println(texts.totals(result));
            for (Conflict conflict : result.conflicts()) {
                out.println("  ! " + texts.conflict(conflict));
            }
            result.keptInUse().forEach(kept -> out.println("  ! " + i18n.tr("exchange.keptInUse", kept)));
            if (!result.removals().isEmpty()) {
                out.println(texts.removals(result));
            }
            out.println(i18n.tr(dryRun ? "cli.import.previewOnly" : "cli.import.done"));
            return 0;
        }
    }
}
