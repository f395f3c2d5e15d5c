package nl.werkbank.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.imports.AttendanceImportTexts;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.imports.AttendanceImportService;
import nl.werkbank.core.imports.ImportChoices;
import nl.werkbank.core.imports.ImportMapping;
import nl.werkbank.core.imports.ImportPlan;
import nl.werkbank.core.imports.ImportPreview;
import nl.werkbank.core.imports.Layout;
import nl.werkbank.core.imports.SpreadsheetFile;
import nl.werkbank.core.teams.TeamRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code werkbank import-attendance FILE --team NAME [--layout list|matrix] [--dry-run] [--confirm]}: prints the
 * preview; imports (all or nothing, after a backup) unless --dry-run. Exit 1 with the cell address for a file it
 * cannot read, or when new or similar names need --confirm.
 */
@Command(name = "import-attendance", mixinStandardHelpOptions = true)
final class ImportAttendanceCommand implements Callable<Integer> {

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.importAttendance.file")
    private Path file;

    @Option(names = "--team", paramLabel = "NAME", required = true, descriptionKey = "cli.importAttendance.team")
    private String teamName;

    @Option(names = "--layout", paramLabel = "list|matrix", descriptionKey = "cli.importAttendance.layout")
    private String layout;

    @Option(names = "--start", paramLabel = "HH:MM", descriptionKey = "cli.importAttendance.start")
    private LocalTime start;

    @Option(names = "--end", paramLabel = "HH:MM", descriptionKey = "cli.importAttendance.end")
    private LocalTime end;

    @Option(names = "--dry-run", descriptionKey = "cli.importAttendance.dryRun")
    private boolean dryRun;

    @Option(names = "--confirm", descriptionKey = "cli.importAttendance.confirm")
    private boolean confirm;

    @Override
    public Integer call() {
        Localization i18n = parent.localization();
        AttendanceImportTexts texts = new AttendanceImportTexts(i18n);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Werkbank werkbank = parent.openWerkbank()) {
            TeamRow team = team(werkbank);
            if (team == null) {
                err.println(i18n.tr("cli.importAttendance.noTeam", teamName,
                        String.join(", ", werkbank.teams().list().stream().map(t -> t.team().name()).toList())));
                return 2;
            }
            AttendanceImportService imports = werkbank.attendanceImport();
            SpreadsheetFile read = imports.read(file);
            ImportMapping mapping = imports.propose(read, team.team().id());
            if (layout != null) {
                mapping = mapping.withLayout(layout.equalsIgnoreCase("matrix") ? Layout.MATRIX : Layout.LIST);
            }
            if (start != null || end != null) {
                mapping = mapping.withTimes(start != null ? start : mapping.start(), end != null ? end : mapping.end());
            }
            Progress progress = TerminalProgress.on(err);
            ImportPlan plan = imports.plan(read, mapping, progress);
            ImportChoices choices = confirm ? ImportChoices.CONFIRMED : ImportChoices.NONE;
            if (!dryRun && confirm && plan.problemCount() == 0) {
                // Confirmed beforehand: the import itself says what it did, without a preview run first.
                ImportPreview done = imports.apply(plan, team.team().id(), choices, progress);
                texts.lines(done, mapping).forEach(out::println);
                out.println(i18n.tr("cli.importAttendance.done", done.added(), done.changed(), done.batchId().toString()));
                return 0;
            }
            ImportPreview preview = imports.preview(plan, team.team().id(), choices, progress);
            texts.lines(preview, mapping).forEach(out::println);
            if (!preview.readable()) {
                err.println(i18n.tr("cli.importAttendance.unreadable"));
                return 1;
            }
            if (dryRun) {
                out.println(i18n.tr("cli.import.previewOnly"));
                return 0;
            }
            if (preview.needsConfirmation() && !confirm) {
                err.println(i18n.tr("cli.importAttendance.needsConfirm"));
                return 1;
            }
            ImportPreview done = imports.apply(plan, team.team().id(), choices, progress);
            out.println(i18n.tr("cli.importAttendance.done", done.added(), done.changed(), done.batchId().toString()));
            return 0;
        }
    }

    private TeamRow team(Werkbank werkbank) {
        String wanted = teamName.strip();
        return werkbank.teams().list().stream()
                .filter(t -> t.team().name().equalsIgnoreCase(wanted)
                        || (t.team().shortName() != null && t.team().shortName().equalsIgnoreCase(wanted)))
                .findFirst().orElse(null);
    }
}
