package nl.werkbank.app.imports;

import java.util.ArrayList;
import java.util.List;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.imports.CellProblem;
import nl.werkbank.core.imports.ImportMapping;
import nl.werkbank.core.imports.ImportPreview;
import nl.werkbank.core.imports.MeetingPreview;
import nl.werkbank.core.imports.NamePreview;
import nl.werkbank.core.imports.SpreadsheetFile;

/** The words for an attendance import's preview, shared by the window and the command line. */
public final class AttendanceImportTexts {

    private final Localization i18n;

    public AttendanceImportTexts(Localization i18n) {
        this.i18n = i18n;
    }

    /** "wijkteams.csv, gelezen als CSV (puntkomma, UTF-8)". */
    public String readAs(String fileName, SpreadsheetFile.ReadAs readAs) {
        if (readAs.separator() == null) {
            return i18n.tr("attendanceImport.readAs.workbook", fileName, readAs.format());
        }
        return i18n.tr("attendanceImport.readAs.csv", fileName, i18n.tr("attendanceImport.separator." + readAs.separator()),
                readAs.encoding());
    }

    public String layout(ImportMapping mapping) {
        return i18n.tr("attendanceImport.layout." + mapping.layout().name().toLowerCase(java.util.Locale.ROOT)) + ", "
                + i18n.tr("attendanceImport.headerRow", mapping.headerRow());
    }

    public String problem(CellProblem problem) {
        List<Object> args = new ArrayList<>(List.of(problem.sheet(), problem.address()));
        args.addAll(problem.args());
        return i18n.tr(problem.key(), args.toArray());
    }

    public String meeting(MeetingPreview meeting) {
        return i18n.tr("attendanceImport.meeting", i18n.date(meeting.date()), meeting.start().toString(), meeting.end().toString(),
                i18n.tr(meeting.existing() ? "attendanceImport.meeting.existing" : "attendanceImport.meeting.new"),
                meeting.added(), meeting.changed(), meeting.same());
    }

    public String name(NamePreview name) {
        return switch (name.kind()) {
            case NEW -> i18n.tr("attendanceImport.name.new", name.name(), name.firstSeen());
            case SIMILAR -> i18n.tr("attendanceImport.name.similar", name.name(), name.match(), name.firstSeen());
            case EXISTING -> name.name();
        };
    }

    public String totals(ImportPreview preview) {
        return i18n.tr("attendanceImport.totals", preview.meetings().size(), preview.newMeetings(), preview.added(), preview.changed(),
                preview.same());
    }

    /** The whole preview as lines of text, for the command line. */
    public List<String> lines(ImportPreview preview, ImportMapping mapping) {
        List<String> lines = new ArrayList<>();
        lines.add(readAs(preview.fileName(), preview.readAs()) + "; " + layout(mapping));
        if (!preview.readable()) {
            lines.add(i18n.tr("attendanceImport.problems", preview.problemCount()));
            preview.problems().forEach(p -> lines.add("  ! " + problem(p)));
            if (preview.problemCount() > preview.problems().size()) {
                lines.add("  " + i18n.tr("attendanceImport.moreProblems", preview.problemCount() - preview.problems().size()));
            }
            return lines;
        }
        preview.meetings().forEach(m -> lines.add("  " + meeting(m)));
        long known = preview.people().stream().filter(p -> p.kind() == NamePreview.Kind.EXISTING).count();
        lines.add(i18n.tr("attendanceImport.people", known, preview.people().size() - known));
        preview.people().stream().filter(p -> p.kind() != NamePreview.Kind.EXISTING).forEach(p -> lines.add("  " + name(p)));
        if (!preview.organizations().isEmpty()) {
            long knownOrganizations = preview.organizations().stream().filter(p -> p.kind() == NamePreview.Kind.EXISTING).count();
            lines.add(i18n.tr("attendanceImport.organizations", knownOrganizations, preview.organizations().size() - knownOrganizations));
            preview.organizations().stream().filter(p -> p.kind() != NamePreview.Kind.EXISTING).forEach(p -> lines.add("  " + name(p)));
        }
        lines.add(totals(preview));
        return lines;
    }
}
