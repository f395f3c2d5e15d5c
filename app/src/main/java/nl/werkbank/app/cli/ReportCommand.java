package nl.werkbank.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.reports.ReportTexts;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.hours.Period;
import picocli.CommandLine.Command;
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

    @Option(names = "--period", paramLabel = "PERIODE", descriptionKey = "cli.report.period")
    private String period;

    // Read as text: a date picocli cannot convert would be reported in English, with Java's own words.
    @Option(names = "--from", paramLabel = "JJJJ-MM-DD", descriptionKey = "cli.report.from")
    private String from;

    @Option(names = "--to", paramLabel = "JJJJ-MM-DD", descriptionKey = "cli.report.to")
    private String to;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.report.out")
    private Path out;

    @Option(names = "--per-organisation", paramLabel = "DIR", descriptionKey = "cli.report.perOrganisation")
    private Path perOrganisation;

    @Override
    public Integer call() throws Exception {
        Localization i18n = parent.localization();
        Period chosen;
        if (period != null && (from != null || to != null)) {
            throw new CliUsageException(i18n.tr("cli.report.periodAndRange"));
        }
        try {
            if (period != null) {
                chosen = Period.parse(period);
            } else if (from != null && to != null) {
                chosen = Period.range(date(from, i18n), date(to, i18n));
            } else {
                spec.commandLine().getErr().println(i18n.tr("cli.report.noPeriod"));
                return 2;
            }
        } catch (nl.werkbank.core.common.ValidationException wrong) {
            // A period that does not exist (2019-H3, --to before --from) is a usage error, like a missing one.
            throw new CliUsageException(nl.werkbank.app.fx.ErrorMessages.describe(wrong, i18n));
        }
        try (Werkbank werkbank = parent.openWerkbank()) {
            HoursOverview overview = werkbank.hours().overview(chosen);
            ReportTexts texts = new ReportTexts(i18n);
            Path written = texts.workbook(overview).write(out);
            var console = spec.commandLine().getOut();
            console.println(i18n.tr("cli.report.written", written.toString(), overview.lines().size(),
                    i18n.hours(overview.partnersTotal()), i18n.hours(overview.overig().totalHours()), i18n.hours(overview.linesTotal())));
            if (perOrganisation != null) {
                texts.writePerOrganisation(perOrganisation, overview);
                console.println(i18n.tr("cli.report.perOrganisationSaved", overview.partners().size(), perOrganisation.toAbsolutePath().toString()));
            }
            return overview.reconciles() ? 0 : 1;
        }
    }

    private static LocalDate date(String text, Localization i18n) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CliUsageException(i18n.tr("cli.report.badDate", text));
        }
    }
}
