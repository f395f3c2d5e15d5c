package nl.werkbank.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code werkbank check}: reads every record and reference; exit 1 when anything is damaged. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Localization i18n = parent.localization();
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> problems;
        try (Werkbank werkbank = parent.openWerkbank()) {
            problems = werkbank.check();
        } catch (StorageException e) {
            // A file that does not open at all is the worst damage: say so and where the backups are.
            spec.commandLine().getErr().println(CliErrors.describe(e, i18n));
            spec.commandLine().getErr().println(i18n.tr("cli.check.restoreHint"));
            return 1;
        }
        if (problems.isEmpty()) {
            out.println(i18n.tr("cli.check.ok"));
            return 0;
        }
        out.println(i18n.tr("cli.check.damaged", problems.size()));
        problems.forEach(problem -> out.println("  ! " + nl.werkbank.app.fx.ErrorMessages.describe(problem, i18n)));
        out.println(i18n.tr("cli.check.restoreHint"));
        return 1;
    }
}
