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
            ReportTexts texts = new ReportTexts(i18n);
            var console = spec.commandLine().getOut();
            var contacts = werkbank.organizations().contactNames();
            // Walked from the database, not held: ten years of lines are written in a small heap.
            Path[] written = new Path[1];
            HoursOverview overview = werkbank.hours().streamed(chosen, streamed -> {
                var book = texts.workbook(streamed);
                written[0] = book.write(out);
                if (perOrganisation != null) {
                    texts.writePerOrganisation(perOrganisation, streamed.overview(), book, contacts);
                }
                return streamed.overview();
            });
            console.println(i18n.tr("cli.report.written", written[0].toString(), overview.lineCount(),
                    i18n.hours(overview.partnersTotal()), i18n.hours(overview.overig().totalHours()), i18n.hours(overview.linesTotal())));
            if (perOrganisation != null) {
                console.println(i18n.tr("cli.report.perOrganisationSaved", overview.partners().size(), perOrganisation.toAbsolutePath().toString()));
            }
            return overview.reconciles() ? 0 : 1;
        }
    }
}
