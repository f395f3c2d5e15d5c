package nl.werkbank.app.meetings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.fx.FileRequest;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.Venue;
import nl.werkbank.core.report.MeetingMinutes;
import nl.werkbank.core.report.MinutesWorkbook;
import nl.werkbank.core.report.PaperAttendanceList;
import nl.werkbank.core.report.ReportLabels;

/**
 * The two files a meeting makes: the paper presentielijst before it and the verslag after it. Both are asked for,
 * named and written here, so the steps only show buttons and the result, and a test can drive them without a screen.
 */
final class MeetingDocuments {

    private final MeetingViewModel vm;
    private final StringProperty minutesWritten = new SimpleStringProperty("");

    MeetingDocuments(MeetingViewModel vm) {
        this.vm = vm;
    }

    /** Asks where to save the paper presentielijst and writes it there. */
    void choosePaperList() {
        Localization i18n = vm.ui().i18n();
        vm.ui().dialogs().chooseFileToSave(FileRequest.of(i18n.tr("paper.title"), Path.of(fileName("paper.fileName")),
                i18n.tr("paper.filter"), "*.xlsx")).ifPresent(this::writePaperList);
    }

    /** Writes the paper presentielijst (names, organisations, roles, signature column) in the background. */
    void writePaperList(Path target) {
        UiContext ui = vm.ui();
        Meeting meeting = vm.editor().current().get();
        Localization i18n = ui.i18n();
        List<List<String>> rows = vm.lines().stream().map(line -> List.of(line.personName(),
                line.organizationName() == null ? "" : line.organizationName(),
                line.attendance().role() == null ? "" : i18n.tr(line.attendance().role()))).toList();
        String venue = vm.venues().stream().filter(v -> v.id().equals(meeting.venueId())).map(Venue::name).findFirst().orElse("");
        String what = meeting.title() != null ? meeting.title() : vm.teamName().get() != null ? vm.teamName().get() : i18n.tr(meeting.type());
        var content = new PaperAttendanceList.Content(what + " " + i18n.date(meeting.date()),
                i18n.tr("paper.title"), List.of(what, i18n.tr("meeting.dateTime", i18n.weekday(meeting.date()),
                        i18n.date(meeting.date()), meeting.start(), meeting.end()), venue),
                List.of(i18n.tr("person.name"), i18n.tr("affiliation.organization"), i18n.tr("membership.role"),
                        i18n.tr("paper.signature")), rows);
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> PaperAttendanceList.write(target, content))
                .onSuccess(file -> ui.dialogs().showInfo(i18n.tr("paper.title"), i18n.tr("paper.written", file.toString())))
                .onFinished(() -> ui.saveStatus().saved())
                .onFailure(e -> ui.dialogs().showError(i18n.tr("paper.failed.title"),
                        i18n.tr("paper.failed", target.toString(), ErrorMessages.describe(e, i18n))))
                .executeWith(ui.executor());
    }

    /** Asks where to save the verslag (starting from {@code proposed}); the chosen path, or empty when cancelled. */
    java.util.Optional<Path> chooseMinutesFile(Path proposed) {
        Localization i18n = vm.ui().i18n();
        Path start = proposed.getFileName() == null ? proposed.resolve(fileName("minutes.fileName")) : proposed;
        return vm.ui().dialogs().chooseFileToSave(FileRequest.of(i18n.tr("minutes.export"), start, i18n.tr("paper.filter"), "*.xlsx"));
    }

    /** Collects and writes the verslag in the background; the file appears only when it is complete. */
    void writeMinutes(Path target) {
        UiContext ui = vm.ui();
        Localization i18n = ui.i18n();
        minutesWritten.set("");
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> MinutesWorkbook.write(target, MeetingMinutes.collect(ui.werkbank(), vm.meetingId()),
                        new ReportLabels(i18n::tr)))
                .onSuccess(file -> minutesWritten.set(i18n.tr("minutes.written", file.toString())))
                .onFinished(() -> ui.saveStatus().saved())
                .onFailure(e -> ui.dialogs().showError(i18n.tr("minutes.failed.title"),
                        i18n.tr("minutes.failed", target.toString(), ErrorMessages.describe(e, i18n))))
                .executeWith(ui.executor());
    }

    /** "Verslag opgeslagen in …" once written; empty before. */
    StringProperty minutesWritten() {
        return minutesWritten;
    }

    /** Where a verslag goes by default: the documents folder when there is one (also "Documenten"), else home. */
    Path proposedMinutesFile() {
        Path home = Path.of(System.getProperty("user.home"));
        Path folder = home;
        for (String name : new String[] {"Documenten", "Documents"}) {
            if (Files.isDirectory(home.resolve(name))) {
                folder = home.resolve(name);
                break;
            }
        }
        return folder.resolve(fileName("minutes.fileName"));
    }

    /** The file name pattern {@code key} filled with the meeting's slug and date: presentielijst-armoede-en-schulden-2021-03-18.xlsx */
    String fileName(String key) {
        Meeting meeting = vm.editor().current().get();
        String what = meeting.title() != null ? meeting.title() : vm.teamName().get() != null ? vm.teamName().get() : "werkplaats";
        String slug = Normalizer.normalize(what, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return vm.ui().i18n().tr(key, slug, meeting.date().toString());
    }
}
