package nl.werkbank.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.activity.ActivityDocument;
import nl.werkbank.core.activity.ActivityReport;
import nl.werkbank.core.activity.ActivityWorkbook;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.report.ReportLabels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code werkbank activity-report --period 2021 --out FILE.docx [--xlsx FILE.xlsx]} (or --from/--to). */
@Command(name = "activity-report", mixinStandardHelpOptions = true)
final class ActivityReportCommand implements Callable<Integer> {

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PeriodOptions periodOptions;

    @Option(names = "--out", paramLabel = "FILE.docx", required = true, descriptionKey = "cli.activity.out")
    private Path out;

    @Option(names = "--xlsx", paramLabel = "FILE.xlsx", descriptionKey = "cli.activity.xlsx")
    private Path xlsx;

    @Override
    public Integer call() throws Exception {
        Localization i18n = parent.localization();
        Period chosen = periodOptions.resolve(i18n);
        if (chosen == null) {
            spec.commandLine().getErr().println(i18n.tr("cli.report.noPeriod"));
            return 2;
        }
        try (Werkbank werkbank = parent.openWerkbank()) {
            ActivityReport report = werkbank.activity().report(chosen);
            ReportLabels labels = new ReportLabels(i18n::tr);
            Path document = new ActivityDocument(report, labels, i18n.language().locale()).write(out);
            var console = spec.commandLine().getOut();
            console.println(i18n.tr("cli.activity.written", document.toString(), report.teams().size(),
                    report.teams().stream().mapToLong(t -> t.meetings().size()).sum(), report.cafes().cafes().size(),
                    report.cafes().visitors(), report.learning().notes().size(), report.products().size()));
            if (xlsx != null) {
                console.println(i18n.tr("cli.activity.annexWritten", new ActivityWorkbook(report, labels).write(xlsx).toString()));
            }
            return 0;
        }
    }
}
