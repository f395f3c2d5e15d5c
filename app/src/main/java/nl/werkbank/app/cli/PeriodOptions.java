package nl.werkbank.app.cli;

import java.time.LocalDate;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.hours.Period;
import picocli.CommandLine.Option;

/** {@code --period 2022-H1 | 2021 | 2021/2022} or {@code --from/--to}: the period options of the report commands. */
final class PeriodOptions {

    @Option(names = "--period", paramLabel = "PERIODE", descriptionKey = "cli.report.period")
    private String period;

    // Read as text: a date picocli cannot convert would be reported in English, with Java's own words.
    @Option(names = "--from", paramLabel = "JJJJ-MM-DD", descriptionKey = "cli.report.from")
    private String from;

    @Option(names = "--to", paramLabel = "JJJJ-MM-DD", descriptionKey = "cli.report.to")
    private String to;

    /** The chosen period; null when none was given (the caller says so). A wrong one is a usage error. */
    Period resolve(Localization i18n) {
        if (period != null && (from != null || to != null)) {
            throw new CliUsageException(i18n.tr("cli.report.periodAndRange"));
        }
        try {
            if (period != null) {
                return Period.parse(period);
            }
            if (from != null && to != null) {
                return Period.range(date(from, i18n), date(to, i18n));
            }
            return null;
        } catch (nl.werkbank.core.common.ValidationException wrong) {
            // A period that does not exist (2019-H3, --to before --from) is a usage error, like a missing one.
            throw new CliUsageException(nl.werkbank.app.fx.ErrorMessages.describe(wrong, i18n));
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
