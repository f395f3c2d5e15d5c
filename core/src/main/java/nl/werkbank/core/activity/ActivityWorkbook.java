package nl.werkbank.core.activity;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.werkbank.core.activity.ActivityTables.Table;
import nl.werkbank.core.report.ReportLabels;
import nl.werkbank.core.report.XlsxWriter;
import nl.werkbank.core.report.XlsxWriter.Style;
import nl.werkbank.core.storage.AtomicFiles;

/** The .xlsx annex of the activity report: every table of the document as a sheet, with filters and frozen headers. */
public final class ActivityWorkbook {

    private final ActivityReport report;
    private final ReportLabels labels;

    public ActivityWorkbook(ActivityReport report, ReportLabels labels) {
        this.report = report;
        this.labels = labels;
    }

    public Path write(Path target) throws IOException {
        return AtomicFiles.write(target, out -> {
            try (XlsxWriter xlsx = new XlsxWriter(out)) {
                for (Table table : new ActivityTables(report, labels).all()) {
                    sheet(xlsx, table);
                }
                xlsx.properties(labels.get("activity.title") + " " + report.period().label(), labels.get("activity.annex"));
            }
        });
    }

    private void sheet(XlsxWriter xlsx, Table table) throws IOException {
        String name = labels.get(table.key());
        XlsxWriter.Sheet sheet = xlsx.sheet(name.length() > 31 ? name.substring(0, 31) : name, table.widths(), 3, 2);
        sheet.row(0).text(0, name + " — " + report.period().label(), Style.TITLE);
        sheet.row(2, 30);
        for (int i = 0; i < table.headers().size(); i++) {
            sheet.text(i, table.headers().get(i), Style.HEADER);
        }
        int rowIndex = 3;
        for (List<Object> row : table.rows()) {
            int lines = 1;
            for (int i = 0; i < row.size(); i++) {
                if (row.get(i) instanceof String text) {
                    lines = Math.max(lines, XlsxWriter.linesNeeded(text, table.widths()[i]));
                }
            }
            // As tall as its longest wrapped text: nothing cut off on paper.
            if (lines > 1) {
                sheet.row(rowIndex++, 15.0 * lines);
            } else {
                sheet.row(rowIndex++);
            }
            cells(sheet, row, false);
        }
        if (table.total() != null) {
            sheet.row(rowIndex);
            cells(sheet, table.total(), true);
        }
        sheet.autoFilter(2, Math.max(2, 2 + table.rows().size()), table.headers().size() - 1);
    }

    private static void cells(XlsxWriter.Sheet sheet, List<Object> row, boolean total) throws IOException {
        for (int i = 0; i < row.size(); i++) {
            Object value = row.get(i);
            if (value instanceof LocalDate date) {
                sheet.date(i, date, Style.DATE);
            } else if (value instanceof BigDecimal hours) {
                sheet.number(i, hours, total ? Style.BOLD_HOURS : Style.HOURS);
            } else if (value instanceof Long count) {
                sheet.number(i, count, total ? Style.BOLD : Style.COUNT);
            } else {
                sheet.text(i, String.valueOf(value), total ? Style.BOLD : Style.WRAP);
            }
        }
    }
}
