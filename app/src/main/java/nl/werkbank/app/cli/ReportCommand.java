package nl.werkbank.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.reports.ReportTexts;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code werkbank report --period 2022-H1 --out FILE.xlsx [--per-organisation DIR]} (or --from/--to). */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PeriodOptions periodOptions;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.report.out")
    private Path out;

    @Option(names = "--per-organisation", paramLabel = "DIR", descriptionKey = "cli.report.perOrganisation")
    private Path perOrganisation;

    @Override
    public Integer call() throws Exception {
        Localization i18n = parent.localization();
        Period chosen = periodOptions.resolve(i18n);
        if (chosen == null) {
            spec.commandLine().getErr().println(i18n.tr("cli.report.noPeriod"));
            return 2;
        }
        try (Werkbank werkbank = parent.openWerkbank()) {
            HoursOverview overview = werkbank.hours().overview(chosen);
            ReportTexts texts = new ReportTexts(i18n);
            Path written = texts.workbook(overview).write(out);
            var console = spec.commandLine().getOut();
            console.println(i18n.tr("cli.report.written", written.toString(), overview.lines().size(),
                    i18n.hours(overview.partnersTotal()), i18n.hours(overview.overig().totalHours()), i18n.hours(overview.linesTotal())));
            if (perOrganisation != null) {
                texts.writePerOrganisation(perOrganisation, overview, werkbank.organizations().contactNames());
                console.println(i18n.tr("cli.report.perOrganisationSaved", overview.partners().size(), perOrganisation.toAbsolutePath().toString()));
            }
            return overview.reconciles() ? 0 : 1;
        }
    }
}
