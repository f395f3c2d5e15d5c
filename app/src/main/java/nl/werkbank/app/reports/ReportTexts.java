package nl.werkbank.app.reports;

import java.nio.file.Path;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.hours.HoursLine;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.report.HoursWorkbook;
import nl.werkbank.core.report.ReportLabels;

/** The words of the hours workbook in the user's language, shared by the Rapportages screen and the command line. */
public final class ReportTexts implements HoursWorkbook.Describer {

    private final Localization i18n;

    public ReportTexts(Localization i18n) {
        this.i18n = i18n;
    }

    public ReportLabels labels() {
        return new ReportLabels(i18n::tr);
    }

    public HoursWorkbook workbook(HoursOverview overview) {
        return new HoursWorkbook(overview, labels(), this);
    }

    /** A workbook whose lines are walked from the database ({@code HoursService.streamed}): any period in a small heap. */
    public HoursWorkbook workbook(nl.werkbank.core.hours.HoursService.Streamed streamed) {
        return new HoursWorkbook(streamed.overview(), streamed.lines(), labels(), this);
    }

    @Override
    public String meetingType(HoursLine line) {
        return i18n.tr(line.meetingType());
    }

    @Override
    public String status(HoursLine line) {
        return line.status() == null ? i18n.tr("report.status.headcount") : i18n.tr(line.status());
    }

    @Override
    public String person(HoursLine line) {
        if (line.personName() != null) {
            return line.personName();
        }
        return line.organizationId() != null ? i18n.tr("report.organizationVisitors", line.visitors())
                : i18n.tr("report.visitors", i18n.tr(line.visitorCategory()), line.visitors());
    }

    @Override
    public String breakdownName(OrganizationHours row) {
        return switch (row.kind()) {
            case NO_ORGANIZATION -> i18n.tr("report.noOrganization");
            case VISITORS -> i18n.tr("report.visitorsRow");
            case OVERIG -> i18n.tr("report.overig");
            case ORGANIZATION -> row.name();
        };
    }

    /**
     * One file per partner organisation, as a set: {@code folder} appears with all of them or not at all, and a
     * previous set there is replaced (a folder holding anything but .xlsx files is refused).
     */
    public Path writePerOrganisation(Path folder, HoursOverview overview, java.util.Map<java.util.UUID, String> contacts)
            throws java.io.IOException {
        return writePerOrganisation(folder, overview, workbook(overview), contacts);
    }

    /** As above, with the workbook that walks the overview's lines (held, or from the database). */
    public Path writePerOrganisation(Path folder, HoursOverview overview, HoursWorkbook book,
                                     java.util.Map<java.util.UUID, String> contacts) throws java.io.IOException {
        var workbook = book.withContacts(contacts);
        return nl.werkbank.core.storage.AtomicFolder.write(folder, ".xlsx", building -> {
            for (OrganizationHours partner : overview.partners()) {
                workbook.writeOrganization(organizationFile(building, overview, partner), partner);
            }
        });
    }

    /** "In-kind uren 2022-H1 per organisatie": the folder the window makes for a set in the chosen folder. */
    public String perOrganisationFolder(HoursOverview overview) {
        return i18n.tr("report.folderName.perOrganisation", overview.period().label().replace('/', '-')).replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    /** "In-kind uren 2022-H1 - Gemeente Rotterdam.xlsx": a name a coordinator can mail as it is. */
    public Path organizationFile(Path folder, HoursOverview overview, OrganizationHours row) {
        String name = i18n.tr("report.fileName.organization", overview.period().label().replace('/', '-'), row.name());
        return folder.resolve(name.replaceAll("[\\\\/:*?\"<>|]", "_"));
    }
}
