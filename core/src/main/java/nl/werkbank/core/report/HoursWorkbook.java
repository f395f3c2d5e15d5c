package nl.werkbank.core.report;

import static nl.werkbank.core.report.XlsxWriter.Style.BOLD;
import static nl.werkbank.core.report.XlsxWriter.Style.BOLD_EUROS;
import static nl.werkbank.core.report.XlsxWriter.Style.BOLD_HOURS;
import static nl.werkbank.core.report.XlsxWriter.Style.COUNT;
import static nl.werkbank.core.report.XlsxWriter.Style.DATE;
import static nl.werkbank.core.report.XlsxWriter.Style.DEFAULT;
import static nl.werkbank.core.report.XlsxWriter.Style.EUROS;
import static nl.werkbank.core.report.XlsxWriter.Style.HEADER;
import static nl.werkbank.core.report.XlsxWriter.Style.HOURS;
import static nl.werkbank.core.report.XlsxWriter.Style.SIGNATURE;
import static nl.werkbank.core.report.XlsxWriter.Style.TITLE;
import static nl.werkbank.core.report.XlsxWriter.Style.WRAP;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.hours.HoursLine;
import nl.werkbank.core.hours.HoursLineSource;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.HoursService;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.storage.AtomicFiles;

/**
 * The in-kind workbook for a period: Samenvatting (one row per partner + Overig + totals, with SUMIFS
 * formulas on the Regels sheet and the reconciliation in the sheet itself), Overig (its breakdown), one
 * sheet per partner organisation (its lines, with subtotals per person and per werkteam), and Regels (every
 * line). Streamed with {@link XlsxWriter}, so time and heap stay small however many lines there are; written
 * to a temp file and moved. Formula cells carry their value too, so the numbers show where nothing recalculates.
 */
public final class HoursWorkbook {

    /** Regels columns: date, team, meeting, type, person, organisation, attendance, meeting h, prep h, travel h, total h, counts for. */
    static final int R_MEETING = 7;
    static final int R_TOTAL = 10;
    static final int R_COUNTS_FOR = 11;
    private static final int HEADER_ROW = 4;
    /** Two lines of header text ("Bijeenkomst (uur)" wraps in a narrow column). */
    private static final double HEADER_HEIGHT = 30;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /*
     * Column widths (in digits) are chosen so that every sheet, fitted to the width of A4 landscape, prints at 9 pt
     * or more (11 pt text at a scale of at least 82 %: about 172 digits in all), and so that each header's longest
     * word, and every meeting type, fits on its line. WorkbooksInLibreOfficeTest checks both on the printed PDF.
     */
    private static final int[] SUMMARY_WIDTHS = {34, 14, 10, 15, 14, 15, 12, 12, 12, 16};
    private static final int[] OVERIG_WIDTHS = {38, 10, 15, 14, 15, 12, 12, 12, 16};
    private static final int[] ORGANIZATION_WIDTHS = {12, 20, 24, 22, 15, 14, 15, 11, 11};
    private static final int[] LINES_WIDTHS = {11, 18, 16, 22, 14, 16, 13, 12, 14, 9, 9, 16};

    private final HoursOverview overview;
    private final HoursLineSource lines;
    private final ReportLabels labels;
    private final Describer describe;
    private Map<UUID, String> contacts = Map.of();

    /** How the app names things in lines (meeting type, status, visitor group). */
    public interface Describer {
        String meetingType(HoursLine line);

        String status(HoursLine line);

        String person(HoursLine line);

        String breakdownName(OrganizationHours row);
    }

    public HoursWorkbook(HoursOverview overview, ReportLabels labels, Describer describe) {
        this(overview, HoursLineSource.of(overview), labels, describe);
    }

    /** For an overview whose lines are walked from elsewhere (the database: {@code HoursService.streamed}). */
    public HoursWorkbook(HoursOverview overview, HoursLineSource lines, ReportLabels labels, Describer describe) {
        this.overview = overview;
        this.lines = lines;
        this.labels = labels;
        this.describe = describe;
    }

    /** Each organisation's contact person (by organisation id): named on its own file, above the sign-off. */
    public HoursWorkbook withContacts(Map<UUID, String> contactNames) {
        this.contacts = Map.copyOf(contactNames);
        return this;
    }

    /** The whole period: Samenvatting, Overig, a sheet per partner, Regels. */
    public Path write(Path target) throws IOException {
        return AtomicFiles.write(target, out -> {
            try (XlsxWriter xlsx = new XlsxWriter(out)) {
                Set<String> names = new HashSet<>();
                String summary = XlsxText.uniqueSheetName(names, labels.get("report.sheet.summary"));
                String overig = XlsxText.uniqueSheetName(names, labels.get("report.overig"));
                List<String> partnerSheets = new ArrayList<>();
                overview.partners().forEach(partner -> partnerSheets.add(XlsxText.uniqueSheetName(names, partner.name())));
                String regels = XlsxText.uniqueSheetName(names, labels.get("report.sheet.lines"));
                summary(xlsx, summary, regels, overview.lineCount());
                overig(xlsx, overig);
                for (int i = 0; i < overview.partners().size(); i++) {
                    OrganizationHours partner = overview.partners().get(i);
                    organization(xlsx, partnerSheets.get(i), partner, lines.of(partner), false);
                }
                regels(xlsx, regels);
                xlsx.properties(labels.get("report.title") + " " + overview.period().label(), overview.rules().describe());
            }
        });
    }

    /** One partner's file, to mail as it is: its lines with subtotals, and a sign-off block. */
    public Path writeOrganization(Path target, OrganizationHours partner) throws IOException {
        return AtomicFiles.write(target, out -> {
            try (XlsxWriter xlsx = new XlsxWriter(out)) {
                organization(xlsx, PaperAttendanceList.safeSheetName(partner.name()), partner, lines.of(partner), true);
                xlsx.properties(labels.get("report.title") + " " + overview.period().label() + " " + partner.name(),
                        overview.rules().describe());
            }
        });
    }

    private XlsxWriter.Sheet start(XlsxWriter xlsx, String name, int[] widths, String title, String[] headers) throws IOException {
        XlsxWriter.Sheet sheet = xlsx.sheet(name, widths, HEADER_ROW + 1, HEADER_ROW);
        sheet.row(0).text(0, title, TITLE);
        sheet.row(1).text(0, labels.get("report.period") + " " + overview.period().label() + " ("
                + DAY.format(overview.period().from()) + " – " + DAY.format(overview.period().to()) + ")", DEFAULT);
        // The long "Telt: …" sentence wraps over the table's width; running on, it set the print scale to 6 pt.
        String rules = labels.get(overview.rules().travelIncluded() ? "report.rules.withTravel" : "report.rules.withoutTravel");
        sheet.row(2, HoursCells.LINE_HEIGHT * XlsxText.wrappedLines(rules, java.util.stream.IntStream.of(widths).sum()))
                .text(0, rules, WRAP).merge(2, 0, widths.length - 1);
        header(sheet.row(HEADER_ROW, HEADER_HEIGHT), headers);
        return sheet;
    }

    private void summary(XlsxWriter xlsx, String name, String regelsName, int lineCount) throws IOException {
        String[] headers = {"report.col.organization", "report.col.status", "report.col.people", "report.col.meetings",
            "report.col.meetingHours", "report.col.preparation", "report.col.travel", "report.col.total",
            "report.col.value", "report.col.cash"};
        XlsxWriter.Sheet sheet = start(xlsx, name, SUMMARY_WIDTHS, labels.get("report.title"), headers);
        String regels = "'" + regelsName.replace("'", "''") + "'!";
        String last = Integer.toString(lineCount + 1);
        List<OrganizationHours> rows = new ArrayList<>(overview.partners());
        rows.add(overview.overig());
        int rowIndex = HEADER_ROW + 1;
        for (OrganizationHours row : rows) {
            boolean overig = row.kind() == OrganizationHours.Kind.OVERIG;
            String label = overig ? labels.get("report.overig") : row.name();
            sheet.row(rowIndex).text(0, label, DEFAULT)
                    .text(1, labels.get(overig ? "report.status.overig" : "report.status.partner"), DEFAULT)
                    .number(2, row.people(), COUNT).number(3, row.meetings(), COUNT);
            String criteria = ",\"" + label.replace("\"", "\"\"") + "\")";
            String range = "$" + XlsxText.column(R_COUNTS_FOR) + "$2:$" + XlsxText.column(R_COUNTS_FOR) + "$" + last;
            for (int component = 0; component < 3; component++) {
                String column = XlsxText.column(R_MEETING + component);
                if (lineCount == 0) {
                    sheet.number(4 + component, HoursCells.component(row, component), HOURS);
                } else {
                    sheet.formula(4 + component, "SUMIFS(" + regels + "$" + column + "$2:$" + column + "$" + last + ","
                            + regels + range + criteria, HoursCells.component(row, component), HOURS);
                }
            }
            int excelRow = rowIndex + 1;
            sheet.formula(7, "E" + excelRow + "+F" + excelRow + "+G" + excelRow, row.totalHours(), HOURS);
            if (row.valueEuros() != null) {
                sheet.number(8, row.valueEuros(), EUROS);
            }
            sheet.number(9, row.cash(), EUROS);
            rowIndex++;
        }
        int first = HEADER_ROW + 2;
        int lastRow = rowIndex;
        int totalsExcelRow = rowIndex + 1;
        BigDecimal grandTotal = rows.stream().map(OrganizationHours::totalHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        sheet.row(rowIndex++).text(0, labels.get("report.total"), BOLD)
                .formula(4, "SUM(E" + first + ":E" + lastRow + ")", HoursCells.sum(rows, 0), BOLD_HOURS)
                .formula(5, "SUM(F" + first + ":F" + lastRow + ")", HoursCells.sum(rows, 1), BOLD_HOURS)
                .formula(6, "SUM(G" + first + ":G" + lastRow + ")", HoursCells.sum(rows, 2), BOLD_HOURS)
                .formula(7, "SUM(H" + first + ":H" + lastRow + ")", grandTotal, BOLD_HOURS)
                .formula(9, "SUM(J" + first + ":J" + lastRow + ")",
                        rows.stream().map(OrganizationHours::cash).reduce(BigDecimal.ZERO, BigDecimal::add), BOLD_EUROS);
        // The reconciliation, in the sheet itself: partners + Overig − all lines must be 0.
        sheet.row(rowIndex + 1).text(0, labels.get("report.allLines"), DEFAULT);
        if (lineCount == 0) {
            sheet.number(7, overview.linesTotal(), HOURS);
        } else {
            sheet.formula(7, "SUM(" + regels + "$" + XlsxText.column(R_TOTAL) + "$2:$" + XlsxText.column(R_TOTAL) + "$" + last + ")",
                    overview.linesTotal(), HOURS);
        }
        sheet.row(rowIndex + 2).text(0, labels.get("report.difference"), DEFAULT).formula(7, "H" + totalsExcelRow + "-H" + (rowIndex + 2),
                grandTotal.subtract(overview.linesTotal()), HOURS);
        sheet.autoFilter(HEADER_ROW, lastRow - 1, headers.length - 1);
    }

    private void overig(XlsxWriter xlsx, String name) throws IOException {
        String[] headers = {"report.col.organization", "report.col.people", "report.col.meetings", "report.col.meetingHours",
            "report.col.preparation", "report.col.travel", "report.col.total", "report.col.value", "report.col.cash"};
        XlsxWriter.Sheet sheet = start(xlsx, name, OVERIG_WIDTHS, labels.get("report.overig.title"), headers);
        int rowIndex = HEADER_ROW + 1;
        for (OrganizationHours row : overview.overigBreakdown()) {
            int excelRow = rowIndex + 1;
            String[] breakdown = {describe.breakdownName(row)};
            HoursCells.texts(HoursCells.textRow(sheet, rowIndex++, breakdown, 0, OVERIG_WIDTHS), breakdown, 0).number(1, row.people(), COUNT)
                    .number(2, row.meetings(), COUNT).number(3, row.meetingHours(), HOURS)
                    .number(4, row.preparationHours(), HOURS).number(5, row.travelHours(), HOURS)
                    .formula(6, "D" + excelRow + "+E" + excelRow + "+F" + excelRow, row.totalHours(), HOURS);
            if (row.valueEuros() != null) {
                sheet.number(7, row.valueEuros(), EUROS);
            }
            sheet.number(8, row.cash(), EUROS);
        }
        int first = HEADER_ROW + 2;
        int last = rowIndex;
        sheet.row(rowIndex).text(0, labels.get("report.total"), BOLD);
        HoursCells.total(sheet, 6, first, last, overview.overig().totalHours(), BOLD_HOURS);
        HoursCells.total(sheet, 8, first, last, overview.overig().cash(), BOLD_EUROS);
    }

    /** A partner's sheet: its lines sorted by person, then subtotals per person and per werkteam. */
    private void organization(XlsxWriter xlsx, String name, OrganizationHours partner, List<HoursLine> partnerLines,
                              boolean signOff) throws IOException {
        List<HoursLine> lines = partnerLines.stream()
                .sorted(Comparator.comparing((HoursLine l) -> Objects.toString(l.personName(), "")).thenComparing(HoursLine::date))
                .toList();
        String[] headers = {"report.col.date", "report.col.team", "report.col.meeting", "report.col.person",
            "report.col.attendance", "report.col.meetingHours", "report.col.preparation", "report.col.travel", "report.col.total"};
        XlsxWriter.Sheet sheet = start(xlsx, name, ORGANIZATION_WIDTHS,
                labels.get("report.organization.title") + " " + partner.name(), headers);
        int rowIndex = HEADER_ROW + 1;
        for (HoursLine line : lines) {
            int excelRow = rowIndex + 1;
            String[] texts = {line.teamName(), meetingName(line), describe.person(line), describe.status(line)};
            HoursCells.texts(HoursCells.textRow(sheet, rowIndex++, texts, 1, ORGANIZATION_WIDTHS).date(0, line.date(), DATE), texts, 1)
                    .number(5, line.meetingHours(), HOURS).number(6, line.preparationHours(), HOURS)
                    .number(7, line.travelHours(), HOURS)
                    .formula(8, "F" + excelRow + "+G" + excelRow + "+H" + excelRow, line.totalHours(), HOURS);
        }
        int first = HEADER_ROW + 2;
        int last = rowIndex;
        sheet.row(rowIndex++).text(0, labels.get("report.total"), BOLD);
        HoursCells.total(sheet, 5, first, last, partner.meetingHours(), BOLD_HOURS);
        HoursCells.total(sheet, 6, first, last, partner.preparationHours(), BOLD_HOURS);
        HoursCells.total(sheet, 7, first, last, partner.travelHours(), BOLD_HOURS);
        HoursCells.total(sheet, 8, first, last, partner.totalHours(), BOLD_HOURS);
        if (signOff) {
            sheet.row(rowIndex++).text(0, labels.get("report.col.cash"), BOLD).number(8, partner.cash(), BOLD_EUROS);
        }
        rowIndex = HoursCells.subtotals(sheet, rowIndex + 1, labels.get("report.perPerson"), lines, HoursLine::personName, 3, first, last);
        rowIndex = HoursCells.subtotals(sheet, rowIndex + 1, labels.get("report.perTeam"), lines, HoursLine::teamName, 1, first, last);
        if (signOff) {
            rowIndex += 1;
            String contact = partner.organizationId() == null ? null : contacts.get(partner.organizationId());
            if (contact != null) {
                sheet.row(rowIndex++).text(0, labels.get("report.contact"), BOLD).text(1, contact, DEFAULT);
            }
            sheet.row(rowIndex++).text(0, labels.get("report.signOff"), BOLD);
            for (String field : List.of("report.signOff.name", "report.signOff.date", "report.signOff.signature")) {
                // The contact person is who signs, usually: their name is filled in already.
                String filled = field.equals("report.signOff.name") && contact != null ? contact : "";
                sheet.row(rowIndex++, 28).text(0, labels.get(field), DEFAULT).text(1, filled, SIGNATURE).text(2, "", SIGNATURE);
            }
        }
        sheet.autoFilter(HEADER_ROW, Math.max(HEADER_ROW, last - 1), headers.length - 1);
    }

    private void regels(XlsxWriter xlsx, String name) throws IOException {
        String[] headers = {"report.col.date", "report.col.team", "report.col.meeting", "report.col.type", "report.col.person",
            "report.col.organization", "report.col.attendance", "report.col.meetingHours", "report.col.preparation",
            "report.col.travel", "report.col.total", "report.col.countsFor"};
        XlsxWriter.Sheet sheet = xlsx.sheet(name, LINES_WIDTHS, 1, 0);
        header(sheet.row(0, HEADER_HEIGHT), headers);
        String overig = labels.get("report.overig");
        int[] rowIndex = {1};
        lines.forEach(line -> {
            // The meeting's own title; its type has a column of its own here.
            String[] texts = {line.teamName(), line.meetingTitle() == null ? "" : line.meetingTitle(), describe.meetingType(line),
                describe.person(line), line.organizationName(), describe.status(line)};
            HoursCells.texts(HoursCells.textRow(sheet, rowIndex[0]++, texts, 1, LINES_WIDTHS).date(0, line.date(), DATE), texts, 1)
                    .number(7, line.meetingHours(), HOURS).number(8, line.preparationHours(), HOURS)
                    .number(9, line.travelHours(), HOURS).number(10, line.totalHours(), HOURS);
            sheet.text(11, line.countsFor(overig), WRAP);
        });
        if (rowIndex[0] - 1 != overview.lineCount()) {
            // The summary's formulas reach down to the counted number of lines: a different number would break them.
            throw new IOException("The lines changed while the workbook was written: " + (rowIndex[0] - 1) + " instead of "
                    + overview.lineCount());
        }
        sheet.autoFilter(0, Math.max(0, rowIndex[0] - 1), headers.length - 1);
    }

    private String meetingName(HoursLine line) {
        return line.meetingTitle() != null ? line.meetingTitle() : describe.meetingType(line);
    }

    private void header(XlsxWriter.Sheet sheet, String[] keys) throws IOException {
        for (int i = 0; i < keys.length; i++) {
            sheet.text(i, labels.get(keys[i]), HEADER);
        }
    }
}
