package nl.werkbank.app.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.fx.FileRequest;
import nl.werkbank.app.fx.Job;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.hours.HoursLine;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.HoursReport;
import nl.werkbank.core.hours.HoursService;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.hours.StatementStatus;

/** Rapportages: the in-kind overview of a period, its reconciliation, charts and exports. */
public final class ReportsViewModel {

    /** A table row: a partner, the Overig total, or (indented) one part of Overig. */
    record Row(OrganizationHours hours, String label, boolean part) {
    }

    private final UiContext ui;
    private final ReportTexts texts;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObjectProperty<HoursOverview> overview = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty reconciliation = new SimpleStringProperty("");
    private final StringProperty issuedSummary = new SimpleStringProperty("");
    /** Latest issued version per partner (by id) and for Overig (key null). */
    private final Map<java.util.UUID, StatementStatus> statuses = new java.util.HashMap<>();
    /** Half-years that have lines, newest first: the list to jump to. */
    private final ObservableList<Period> halfYears = FXCollections.observableArrayList();
    /** The period on screen now; set before {@link #period} so that setting it does not load twice. */
    private Period shown;
    /** False until the first load: that one picks the period itself. */
    private boolean periodChosen;

    public ReportsViewModel(UiContext ui) {
        this.ui = ui;
        this.texts = new ReportTexts(ui.i18n());
        period.set(Period.lastCompletedHalfYear(LocalDate.now(ui.werkbank().clock())));
        period.addListener((obs, old, now) -> {
            if (!now.equals(shown)) {
                reload();
            }
        });
    }

    /**
     * Loads the chosen period; the first load opens on the newest half-year with lines instead (an empty current
     * half-year helps nobody). Table, charts and reconciliation are all filled from this one load.
     */
    public void reload() {
        Period chosen = period.get();
        boolean suggest = !periodChosen;
        BackgroundTask.wrap(() -> ui.werkbank().statements().report(suggest ? null : chosen))
                .onSuccess(loaded -> {
                    if (!chosen.equals(period.get())) {
                        return; // the user moved on; that period's own load will show
                    }
                    periodChosen = true;
                    halfYears.setAll(loaded.halfYears());
                    commitments = loaded.commitments();
                    statuses.clear();
                    loaded.statuses().forEach(status -> statuses.put(status.organizationId(), status));
                    shown = loaded.overview().period();
                    period.set(shown);
                    show(loaded.overview());
                    describeIssued(loaded);
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }


    private void describeIssued(HoursReport loaded) {
        var i18n = ui.i18n();
        List<String> changed = new ArrayList<>();
        for (StatementStatus status : loaded.statuses()) {
            if (status.issued() && status.needsIssuing()) {
                changed.add(status.organizationId() == null ? i18n.tr("report.overig") : loaded.overview().partners().stream()
                        .filter(p -> p.organizationId().equals(status.organizationId())).findFirst().map(OrganizationHours::name).orElse("?"));
            }
        }
        long neverSent = loaded.statuses().stream().filter(s -> !s.issued()).count();
        issuedSummary.set(i18n.tr("reports.issuedSummary", i18n.hoursExact(loaded.issuedTotal()), neverSent,
                changed.isEmpty() ? i18n.tr("reports.noChanges") : String.join(", ", changed)));
    }

    /** The issued state of a table row ("v2 · 12-01-2023"), or empty for parts of Overig. */
    private java.util.Map<java.util.UUID, nl.werkbank.core.hours.PartnerCommitments.Commitment> commitments = java.util.Map.of();

    String issuedText(Row row) {
        StatementStatus status = statusOf(row);
        if (status == null) {
            return "";
        }
        if (!status.issued()) {
            return ui.i18n().tr("reports.notIssued");
        }
        return ui.i18n().tr("reports.issuedVersion", status.latest().version(),
                ui.i18n().date(status.latest().issuedAt().atZone(ui.werkbank().clock().getZone()).toLocalDate()));
    }

    /** Hours now minus hours sent, when something was sent and has changed since. */
    /** A partner's commitment for the period (hours per year, pro rata), beside what it delivered; empty when none. */
    String committedText(Row row) {
        if (row.part() || !row.hours().partner() || row.hours().organizationId() == null) {
            return "";
        }
        var commitment = commitments.get(row.hours().organizationId());
        return commitment == null || commitment.hours() == null ? "" : ui.i18n().hoursExact(commitment.hours());
    }

    String differenceText(Row row) {
        StatementStatus status = statusOf(row);
        if (status == null || !status.issued() || !status.needsIssuing()) {
            return "";
        }
        BigDecimal difference = status.hoursDifference();
        return (difference.signum() > 0 ? "+" : "") + ui.i18n().hoursExact(difference);
    }

    private StatementStatus statusOf(Row row) {
        if (row.part()) {
            return null;
        }
        return statuses.get(row.hours().kind() == OrganizationHours.Kind.OVERIG ? null : row.hours().organizationId());
    }

    /** Versturen: freezes this row's overview as the next version, after the user confirms. */
    void issue(Row row) {
        if (row == null || row.part()) {
            return;
        }
        StatementStatus status = statusOf(row);
        int version = status == null || !status.issued() ? 1 : status.latest().version() + 1;
        var i18n = ui.i18n();
        if (!ui.dialogs().confirm(i18n.tr("reports.issue.title"), i18n.tr("reports.issue.question", row.label(),
                period.get().label(), version, i18n.hoursExact(row.hours().totalHours())), i18n.tr("reports.issue.confirm"))) {
            return;
        }
        Period chosen = period.get();
        java.util.UUID organization = row.hours().kind() == OrganizationHours.Kind.OVERIG ? null : row.hours().organizationId();
        BackgroundTask.wrap(() -> ui.werkbank().statements().issue(chosen, organization))
                .onSuccess(statement -> {
                    ui.saveStatus().saved();
                    reload();
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    StringProperty issuedSummary() {
        return issuedSummary;
    }

    private void show(HoursOverview result) {
        overview.set(result);
        List<Row> table = new ArrayList<>();
        result.partners().forEach(partner -> table.add(new Row(partner, partner.name(), false)));
        table.add(new Row(result.overig(), ui.i18n().tr("report.overig"), false));
        result.overigBreakdown().forEach(part -> table.add(new Row(part, texts.breakdownName(part), true)));
        rows.setAll(table);
        var i18n = ui.i18n();
        reconciliation.set(i18n.tr(result.reconciles() ? "reports.reconciles" : "reports.doesNotReconcile",
                i18n.hoursExact(result.partnersTotal()), i18n.hoursExact(result.overig().totalHours()),
                i18n.hoursExact(result.linesTotal())));
    }

    void shift(int direction) {
        Period current = period.get();
        if (current.isHalfYear()) {
            period.set(current.shiftHalfYear(direction));
        } else if (current.label().matches("\\d{4}")) {
            period.set(Period.year(current.from().getYear() + direction));
        } else if (current.label().matches("\\d{4}/\\d{4}")) {
            period.set(Period.schoolYear(current.from().getYear() + direction));
        }
    }

    /** Hours per partner and Overig, from the same overview the table shows (for the first chart). */
    Map<String, BigDecimal> hoursPerOrganisation(HoursOverview from) {
        Map<String, BigDecimal> result = new java.util.LinkedHashMap<>();
        from.partners().forEach(partner -> result.merge(partner.name(), partner.totalHours(), BigDecimal::add));
        result.put(ui.i18n().tr("report.overig"), from.overig().totalHours());
        return result;
    }

    /** Hours per werkteam (for the second chart); lines without a team are the Werkplaats-wide meetings. */
    Map<String, BigDecimal> hoursPerTeam(HoursOverview from) {
        Map<String, BigDecimal> result = new TreeMap<>();
        for (HoursLine line : from.lines()) {
            String team = Objects.requireNonNullElse(line.teamName(), ui.i18n().tr("meeting.werkplaatsWide"));
            result.merge(team, line.totalHours(), BigDecimal::add);
        }
        return result;
    }

    List<HoursLine> linesOf(Row row) {
        return HoursService.linesOf(overview.get(), row.hours());
    }

    /** Asks where to save the hours workbook of the period shown, then writes it there. */
    void chooseAndExportWorkbook() {
        ui.dialogs().chooseFileToSave(FileRequest.of(ui.i18n().tr("reports.export"), Path.of(defaultFileName()),
                ui.i18n().tr("paper.filter"), "*.xlsx")).ifPresent(this::exportWorkbook);
    }

    /** Asks for a folder and writes one workbook per partner organisation in a new folder inside it. */
    void chooseFolderAndExportPerOrganisation() {
        ui.dialogs().chooseFolder(ui.i18n().tr("reports.exportPerOrganisation")).ifPresent(this::exportPerOrganisation);
    }

    void exportWorkbook(Path target) {
        HoursOverview current = overview.get();
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> texts.workbook(current).write(target)).asJob(Job.unstoppable(ui.i18n().tr("job.workbook")))
                .onSuccess(file -> ui.dialogs().showInfo(ui.i18n().tr("reports.exported.title"),
                        ui.i18n().tr("reports.exported", file.toString())))
                .onFinished(() -> ui.saveStatus().saved())
                .onFailure(e -> ui.dialogs().showError(ui.i18n().tr("reports.exportFailed.title"), ErrorMessages.describe(e, ui.i18n())))
                .executeWith(ui.executor());
    }

    void exportPerOrganisation(Path folder) {
        HoursOverview current = overview.get();
        ui.saveStatus().saving();
        Path set = folder.resolve(texts.perOrganisationFolder(current));
        BackgroundTask.wrap(() -> texts.writePerOrganisation(set, current, ui.werkbank().organizations().contactNames())).asJob(Job.unstoppable(ui.i18n().tr("job.workbook")))
                .onSuccess(written -> ui.dialogs().showInfo(ui.i18n().tr("reports.exported.title"),
                        ui.i18n().tr("reports.exportedPerOrganisation", current.partners().size(), written.toString())))
                .onFinished(() -> ui.saveStatus().saved())
                .onFailure(e -> ui.dialogs().showError(ui.i18n().tr("reports.exportFailed.title"), ErrorMessages.describe(e, ui.i18n())))
                .executeWith(ui.executor());
    }

    String defaultFileName() {
        return ui.i18n().tr("reports.fileName", period.get().label().replace('/', '-'));
    }

    ObjectProperty<Period> period() {
        return period;
    }

    ObjectProperty<HoursOverview> overview() {
        return overview;
    }

    ObservableList<Period> halfYears() {
        return halfYears;
    }

    ObservableList<Row> rows() {
        return rows;
    }

    StringProperty reconciliation() {
        return reconciliation;
    }

    ReportTexts texts() {
        return texts;
    }

    UiContext ui() {
        return ui;
    }
}
