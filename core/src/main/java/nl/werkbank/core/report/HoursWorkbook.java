package nl.werkbank.core.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.werkbank.core.hours.HoursLine;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.HoursService;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.storage.AtomicFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The in-kind workbook for a period: Samenvatting (one row per partner + Overig + totals, with SUMIFS
 * formulas on the Regels sheet), Overig (its breakdown), one sheet per partner organisation (its lines, with
 * subtotals per person and per werkteam), and Regels (every line). Streamed (SXSSF), so the heap stays small
 * however many lines there are; written to a temp file and moved. Formula cells carry their value too, so
 * the numbers show even where nothing recalculates.
 */
public final class HoursWorkbook {

    /** Regels columns: date, team, meeting, type, person, organisation, status, meeting h, prep h, travel h, total h, counts for. */
    static final int R_MEETING = 7;
    static final int R_TOTAL = 10;
    static final int R_COUNTS_FOR = 11;
    private static final int HEADER_ROW = 4;

    private final HoursOverview overview;
    private final ReportLabels labels;
    private final Describer describe;

    /** How the app names things in lines (meeting type, status, visitor group). */
    public interface Describer {
        String meetingType(HoursLine line);

        String status(HoursLine line);

        String person(HoursLine line);

        String breakdownName(OrganizationHours row);
    }

    public HoursWorkbook(HoursOverview overview, ReportLabels labels, Describer describe) {
        this.overview = overview;
        this.labels = labels;
        this.describe = describe;
    }

    /** The whole period: Samenvatting, Overig, a sheet per partner, Regels. */
    public Path write(Path target) throws IOException {
        return AtomicFiles.write(target, out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
                Styles styles = new Styles(workbook);
                int lineCount = overview.lines().size();
                summary(workbook, styles, overview.partners(), true, lineCount);
                overig(workbook, styles);
                for (OrganizationHours partner : overview.partners()) {
                    organization(workbook, styles, partner, false);
                }
                regels(workbook, styles, overview.lines());
                properties(workbook, labels.get("report.title") + " " + overview.period().label());
                workbook.setForceFormulaRecalculation(true);
                workbook.write(out);
                workbook.dispose();
            }
        });
    }

    /** One partner's file, to mail as it is: its summary, its lines with subtotals, and a sign-off block. */
    public Path writeOrganization(Path target, OrganizationHours partner) throws IOException {
        return AtomicFiles.write(target, out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
                Styles styles = new Styles(workbook);
                organization(workbook, styles, partner, true);
                properties(workbook, labels.get("report.title") + " " + overview.period().label() + " " + partner.name());
                workbook.setForceFormulaRecalculation(true);
                workbook.write(out);
                workbook.dispose();
            }
        });
    }

    private void properties(SXSSFWorkbook workbook, String title) {
        var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator("Werkbank");
        core.setDescription(overview.rules().describe());
    }

    private Sheet sheet(SXSSFWorkbook workbook, String name, int[] widths) {
        SXSSFSheet sheet = workbook.createSheet(PaperAttendanceList.safeSheetName(unique(workbook, name)));
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        var print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        return sheet;
    }

    private static String unique(SXSSFWorkbook workbook, String name) {
        String base = PaperAttendanceList.safeSheetName(name);
        String candidate = base;
        for (int i = 2; workbook.getSheet(candidate) != null; i++) {
            String suffix = " (" + i + ")";
            candidate = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return candidate;
    }

    private void heading(Sheet sheet, Styles styles, String title, int columns) {
        text(sheet.createRow(0), 0, title, styles.title);
        text(sheet.createRow(1), 0, labels.get("report.period") + " " + overview.period().label() + " ("
                + overview.period().from() + " – " + overview.period().to() + ")", null);
        text(sheet.createRow(2), 0, labels.get(overview.rules().travelIncluded() ? "report.rules.withTravel"
                : "report.rules.withoutTravel"), null);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, columns - 1));
    }

    private void summary(SXSSFWorkbook workbook, Styles styles, List<OrganizationHours> partners, boolean withOverig, int lineCount) {
        String[] headers = {"report.col.organization", "report.col.status", "report.col.people", "report.col.meetings",
            "report.col.meetingHours", "report.col.preparation", "report.col.travel", "report.col.total",
            "report.col.value", "report.col.cash"};
        Sheet sheet = sheet(workbook, labels.get("report.sheet.summary"), new int[] {34, 14, 10, 13, 14, 14, 12, 12, 14, 16});
        heading(sheet, styles, labels.get("report.title"), headers.length);
        header(sheet.createRow(HEADER_ROW), headers, styles);
        String regels = "'" + labels.get("report.sheet.lines") + "'!";
        String last = Integer.toString(lineCount + 1);
        int rowIndex = HEADER_ROW + 1;
        List<OrganizationHours> rows = new ArrayList<>(partners);
        if (withOverig) {
            rows.add(overview.overig());
        }
        for (OrganizationHours row : rows) {
            Row excel = sheet.createRow(rowIndex);
            boolean overig = row.kind() == OrganizationHours.Kind.OVERIG;
            String name = overig ? labels.get("report.overig") : row.name();
            text(excel, 0, name, null);
            text(excel, 1, labels.get(overig ? "report.status.overig" : "report.status.partner"), null);
            number(excel, 2, row.people(), styles.count);
            number(excel, 3, row.meetings(), styles.count);
            String criteria = ",\"" + name.replace("\"", "\"\"") + "\")";
            String range = "$" + letter(R_COUNTS_FOR) + "$2:$" + letter(R_COUNTS_FOR) + "$" + last;
            for (int component = 0; component < 3; component++) {
                String column = letter(R_MEETING + component);
                formula(excel, 4 + component, "SUMIFS(" + regels + "$" + column + "$2:$" + column + "$" + last + ","
                        + regels + range + criteria, component(row, component), styles.hours);
            }
            int excelRow = rowIndex + 1;
            formula(excel, 7, "E" + excelRow + "+F" + excelRow + "+G" + excelRow, row.totalHours(), styles.hours);
            if (row.valueEuros() != null) {
                number(excel, 8, row.valueEuros(), styles.euros);
            }
            number(excel, 9, row.cash(), styles.euros);
            rowIndex++;
        }
        int first = HEADER_ROW + 2;
        int lastRow = rowIndex;
        int totalsExcelRow = rowIndex + 1;
        Row totals = sheet.createRow(rowIndex++);
        text(totals, 0, labels.get("report.total"), styles.bold);
        BigDecimal grandTotal = rows.stream().map(OrganizationHours::totalHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        formula(totals, 4, "SUM(E" + first + ":E" + lastRow + ")", sum(rows, 0), styles.boldHours);
        formula(totals, 5, "SUM(F" + first + ":F" + lastRow + ")", sum(rows, 1), styles.boldHours);
        formula(totals, 6, "SUM(G" + first + ":G" + lastRow + ")", sum(rows, 2), styles.boldHours);
        formula(totals, 7, "SUM(H" + first + ":H" + lastRow + ")", grandTotal, styles.boldHours);
        formula(totals, 9, "SUM(J" + first + ":J" + lastRow + ")",
                rows.stream().map(OrganizationHours::cash).reduce(BigDecimal.ZERO, BigDecimal::add), styles.boldEuros);
        if (withOverig) {
            // The reconciliation, in the sheet itself: partners + Overig − all lines must be 0.
            Row check = sheet.createRow(rowIndex + 1);
            text(check, 0, labels.get("report.allLines"), null);
            formula(check, 7, "SUM(" + regels + "$" + letter(R_TOTAL) + "$2:$" + letter(R_TOTAL) + "$" + last + ")",
                    overview.linesTotal(), styles.hours);
            Row difference = sheet.createRow(rowIndex + 2);
            text(difference, 0, labels.get("report.difference"), null);
            formula(difference, 7, "H" + totalsExcelRow + "-H" + (rowIndex + 2),
                    grandTotal.subtract(overview.linesTotal()), styles.hours);
        }
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow - 1, 0, headers.length - 1));
    }

    private void overig(SXSSFWorkbook workbook, Styles styles) {
        String[] headers = {"report.col.organization", "report.col.people", "report.col.meetings", "report.col.meetingHours",
            "report.col.preparation", "report.col.travel", "report.col.total", "report.col.value", "report.col.cash"};
        Sheet sheet = sheet(workbook, labels.get("report.overig"), new int[] {38, 10, 13, 14, 14, 12, 12, 14, 16});
        heading(sheet, styles, labels.get("report.overig.title"), headers.length);
        header(sheet.createRow(HEADER_ROW), headers, styles);
        int rowIndex = HEADER_ROW + 1;
        for (OrganizationHours row : overview.overigBreakdown()) {
            Row excel = sheet.createRow(rowIndex++);
            text(excel, 0, describe.breakdownName(row), null);
            number(excel, 1, row.people(), styles.count);
            number(excel, 2, row.meetings(), styles.count);
            number(excel, 3, row.meetingHours(), styles.hours);
            number(excel, 4, row.preparationHours(), styles.hours);
            number(excel, 5, row.travelHours(), styles.hours);
            formula(excel, 6, "D" + rowIndex + "+E" + rowIndex + "+F" + rowIndex, row.totalHours(), styles.hours);
            if (row.valueEuros() != null) {
                number(excel, 7, row.valueEuros(), styles.euros);
            }
            number(excel, 8, row.cash(), styles.euros);
        }
        Row totals = sheet.createRow(rowIndex);
        text(totals, 0, labels.get("report.total"), styles.bold);
        int first = HEADER_ROW + 2;
        formula(totals, 6, "SUM(G" + first + ":G" + rowIndex + ")", overview.overig().totalHours(), styles.boldHours);
        formula(totals, 8, "SUM(I" + first + ":I" + rowIndex + ")", overview.overig().cash(), styles.boldEuros);
    }

    /** A partner's sheet: its lines sorted by person, then subtotals per person and per werkteam. */
    private void organization(SXSSFWorkbook workbook, Styles styles, OrganizationHours partner, boolean signOff) {
        List<HoursLine> lines = HoursService.linesOf(overview, partner).stream()
                .sorted(java.util.Comparator.comparing((HoursLine l) -> Objects.toString(l.personName(), ""))
                        .thenComparing(HoursLine::date)).toList();
        String[] headers = {"report.col.date", "report.col.team", "report.col.meeting", "report.col.person",
            "report.col.attendance", "report.col.meetingHours", "report.col.preparation", "report.col.travel", "report.col.total"};
        Sheet sheet = sheet(workbook, partner.name(), new int[] {12, 24, 30, 26, 16, 14, 14, 12, 12});
        heading(sheet, styles, labels.get("report.organization.title") + " " + partner.name(), headers.length);
        header(sheet.createRow(HEADER_ROW), headers, styles);
        int rowIndex = HEADER_ROW + 1;
        for (HoursLine line : lines) {
            Row excel = sheet.createRow(rowIndex++);
            date(excel, 0, line, styles);
            text(excel, 1, line.teamName(), null);
            text(excel, 2, meetingName(line), null);
            text(excel, 3, describe.person(line), null);
            text(excel, 4, describe.status(line), null);
            number(excel, 5, line.meetingHours(), styles.hours);
            number(excel, 6, line.preparationHours(), styles.hours);
            number(excel, 7, line.travelHours(), styles.hours);
            formula(excel, 8, "F" + rowIndex + "+G" + rowIndex + "+H" + rowIndex, line.totalHours(), styles.hours);
        }
        int first = HEADER_ROW + 2;
        int last = Math.max(rowIndex, first);
        Row totals = sheet.createRow(rowIndex++);
        text(totals, 0, labels.get("report.total"), styles.bold);
        formula(totals, 5, "SUM(F" + first + ":F" + last + ")", partner.meetingHours(), styles.boldHours);
        formula(totals, 6, "SUM(G" + first + ":G" + last + ")", partner.preparationHours(), styles.boldHours);
        formula(totals, 7, "SUM(H" + first + ":H" + last + ")", partner.travelHours(), styles.boldHours);
        formula(totals, 8, "SUM(I" + first + ":I" + last + ")", partner.totalHours(), styles.boldHours);
        if (signOff) {
            Row cash = sheet.createRow(rowIndex++);
            text(cash, 0, labels.get("report.col.cash"), styles.bold);
            number(cash, 8, partner.cash(), styles.boldEuros);
        }
        rowIndex = subtotals(sheet, styles, rowIndex + 1, "report.perPerson", lines, HoursLine::personName, 3, first, last);
        rowIndex = subtotals(sheet, styles, rowIndex + 1, "report.perTeam", lines, HoursLine::teamName, 1, first, last);
        if (signOff) {
            rowIndex += 1;
            text(sheet.createRow(rowIndex++), 0, labels.get("report.signOff"), styles.bold);
            for (String field : List.of("report.signOff.name", "report.signOff.date", "report.signOff.signature")) {
                Row row = sheet.createRow(rowIndex++);
                row.setHeightInPoints(28);
                text(row, 0, labels.get(field), null);
                text(row, 1, "", styles.signature);
                text(row, 2, "", styles.signature);
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, last - 1), 0, headers.length - 1));
    }

    /** Subtotals by person or werkteam as SUMIFS over the lines above (so they follow any correction there). */
    private int subtotals(Sheet sheet, Styles styles, int rowIndex, String titleKey, List<HoursLine> lines,
                          java.util.function.Function<HoursLine, String> key, int keyColumn, int first, int last) {
        text(sheet.createRow(rowIndex++), 0, labels.get(titleKey), styles.bold);
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        for (HoursLine line : lines) {
            groups.merge(Objects.toString(key.apply(line), ""), line.totalHours(), BigDecimal::add);
        }
        String keyLetter = letter(keyColumn);
        for (var group : groups.entrySet()) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, group.getKey(), null);
            formula(row, 8, "SUMIFS($I$" + first + ":$I$" + last + ",$" + keyLetter + "$" + first + ":$" + keyLetter + "$" + last
                    + ",\"" + group.getKey().replace("\"", "\"\"") + "\")", group.getValue(), styles.hours);
        }
        return rowIndex;
    }

    private void regels(SXSSFWorkbook workbook, Styles styles, List<HoursLine> lines) {
        String[] headers = {"report.col.date", "report.col.team", "report.col.meeting", "report.col.type", "report.col.person",
            "report.col.organization", "report.col.attendance", "report.col.meetingHours", "report.col.preparation",
            "report.col.travel", "report.col.total", "report.col.countsFor"};
        SXSSFSheet sheet = (SXSSFSheet) sheet(workbook, labels.get("report.sheet.lines"),
                new int[] {12, 24, 30, 20, 26, 30, 16, 14, 14, 12, 12, 28});
        header(sheet.createRow(0), headers, styles);
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, headers.length - 1));
        String overig = labels.get("report.overig");
        int rowIndex = 1;
        for (HoursLine line : lines) {
            Row excel = sheet.createRow(rowIndex++);
            date(excel, 0, line, styles);
            text(excel, 1, line.teamName(), null);
            text(excel, 2, meetingName(line), null);
            text(excel, 3, describe.meetingType(line), null);
            text(excel, 4, describe.person(line), null);
            text(excel, 5, line.organizationName(), null);
            text(excel, 6, describe.status(line), null);
            number(excel, 7, line.meetingHours(), styles.hours);
            number(excel, 8, line.preparationHours(), styles.hours);
            number(excel, 9, line.travelHours(), styles.hours);
            number(excel, 10, line.totalHours(), styles.hours);
            text(excel, 11, line.partner() ? line.organizationName() : overig, null);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, headers.length - 1));
    }

    private String meetingName(HoursLine line) {
        return line.meetingTitle() != null ? line.meetingTitle() : describe.meetingType(line);
    }

    private static BigDecimal component(OrganizationHours row, int component) {
        return switch (component) {
            case 0 -> row.meetingHours();
            case 1 -> row.preparationHours();
            default -> row.travelHours();
        };
    }

    private static BigDecimal sum(List<OrganizationHours> rows, int component) {
        return rows.stream().map(row -> component(row, component)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String letter(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    }

    private void header(Row row, String[] keys, Styles styles) {
        for (int i = 0; i < keys.length; i++) {
            text(row, i, labels.get(keys[i]), styles.header);
        }
    }

    private static void text(Row row, int column, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, Object value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value instanceof BigDecimal decimal ? decimal.doubleValue() : ((Number) value).doubleValue());
        cell.setCellStyle(style);
    }

    /** A formula with its value already filled in (what Werkbank computed). */
    private static void formula(Row row, int column, String formula, BigDecimal value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void date(Row row, int column, HoursLine line, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(line.date());
        cell.setCellStyle(styles.date);
    }

}
