package nl.werkbank.core.activity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.werkbank.core.activity.ActivityReport.TeamSection;
import nl.werkbank.core.activity.ActivityTables.Table;
import nl.werkbank.core.report.ReportLabels;
import nl.werkbank.core.storage.AtomicFiles;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The activity report as a .docx draft the coordinator finishes in Word: a heading per section (outline levels, so
 * Word's navigation pane lists them), a sentence with the section's key figures, its table, and the two charts.
 * Dates and numbers are written the way the chosen language writes them.
 */
public final class ActivityDocument {

    /** A4 landscape (the tables have up to twelve columns), in twips, with margins of 2 cm. */
    private static final long PAGE_WIDTH = 16838;
    private static final long PAGE_HEIGHT = 11906;
    private static final long MARGIN = 1134;
    private static final long TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    /** Nothing on paper smaller than this (as in the workbooks). */
    private static final int TABLE_POINTS = 9;
    /** A character of 9 pt bold text, generously (Calibri/Carlito), and a cell's inner margins: in twips. */
    private static final long TWIPS_PER_CHARACTER = 125;
    private static final long CELL_PADDING = 260;

    private final ActivityReport report;
    private final ReportLabels labels;
    private final Locale locale;
    private final ActivityTables tables;

    public ActivityDocument(ActivityReport report, ReportLabels labels, Locale locale) {
        this.report = report;
        this.labels = labels;
        this.locale = locale;
        this.tables = new ActivityTables(report, labels);
    }

    public Path write(Path target) throws IOException {
        return AtomicFiles.write(target, out -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                doc.getProperties().getCoreProperties().setTitle(labels.get("activity.title") + " " + report.period().label());
                doc.getProperties().getCoreProperties().setCreator("Werkbank");
                landscape(doc);
                heading(doc, labels.get("activity.title") + " " + report.period().label(), 0, 20);
                paragraph(doc, format("activity.intro", longDate(report.period().from()), longDate(report.period().to())));
                teams(doc);
                cafes(doc);
                learning(doc);
                section(doc, "activity.section.products", format("activity.products.summary", report.products().size()),
                        tables.products());
                section(doc, "activity.section.partners", labels.get("activity.partners.summary"), tables.partners());
                doc.write(out);
            }
        });
    }

    private void teams(XWPFDocument doc) throws IOException {
        List<TeamSection> teams = report.teams();
        long meetings = teams.stream().mapToLong(t -> t.meetings().size()).sum();
        section(doc, "activity.section.teams", format("activity.teams.summary", teams.size(), meetings), tables.teams());
        picture(doc, ActivityCharts.attendance(teams, report.period().from(), report.period().to()), "activity.chart.attendance");
        for (TeamSection team : teams) {
            heading(doc, team.team(), 2, 13);
            paragraph(doc, format("activity.team.summary", team.meetings().size(), team.presentTotal(), team.membersAtStart(),
                    team.membersAtEnd(), team.joined().size(), team.left().size(), team.decisionsTaken(), team.actionsDone(),
                    team.actionsOpen()));
            if (!team.handOvers().isEmpty()) {
                paragraph(doc, labels.get("activity.col.handOvers") + ": " + String.join(", ", team.handOvers()));
            }
        }
        heading(doc, labels.get("activity.table.meetings"), 2, 13);
        table(doc, tables.meetings());
    }

    private void cafes(XWPFDocument doc) throws IOException {
        ActivityReport.CafeSection cafes = report.cafes();
        section(doc, "activity.section.cafes", format("activity.cafes.summary", cafes.cafes().size(), cafes.visitors(),
                cafes.averageVisitors() == null ? "–" : number(cafes.averageVisitors(), 1)), tables.cafes());
        heading(doc, labels.get("activity.table.cafeVisitors"), 2, 13);
        table(doc, tables.cafeVisitors());
        picture(doc, ActivityCharts.visitors(cafes.cafes()), "activity.chart.visitors");
    }

    private void learning(XWPFDocument doc) {
        section(doc, "activity.section.learning", format("activity.learning.summary", report.learning().notes().size()),
                tables.learningCounts());
        heading(doc, labels.get("activity.table.learning"), 2, 13);
        table(doc, tables.learningRegister());
    }

    private void section(XWPFDocument doc, String key, String summary, Table table) {
        heading(doc, labels.get(key), 1, 16);
        paragraph(doc, summary).getCTP().addNewPPr().addNewKeepNext();
        table(doc, table);
    }

    private void heading(XWPFDocument doc, String text, int level, int points) {
        XWPFParagraph paragraph = doc.createParagraph();
        // An outline level makes it a heading for Word's navigation pane and table of contents; it stays with what follows.
        paragraph.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        paragraph.getCTP().getPPr().addNewKeepNext();
        paragraph.setSpacingBefore(level == 0 ? 0 : 240);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setFontSize(points);
        run.setText(text);
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        for (java.util.function.Consumer<BigInteger> side : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop,
                margins::setBottom, margins::setLeft, margins::setRight)) {
            side.accept(BigInteger.valueOf(MARGIN));
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private void table(XWPFDocument doc, Table table) {
        if (table.rows().isEmpty()) {
            XWPFRun run = doc.createParagraph().createRun();
            run.setItalic(true);
            run.setText(labels.get("activity.none"));
            return;
        }
        XWPFTable out = doc.createTable(1, table.headers().size());
        // In twips, with a grid to match: LibreOffice ignores cell widths the grid does not carry.
        String[] widths = java.util.Arrays.stream(columnWidths(table)).mapToObj(Long::toString).toArray(String[]::new);
        CTTblGrid grid = out.getCTTbl().getTblGrid() != null ? out.getCTTbl().getTblGrid() : out.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (String width : widths) {
            grid.addNewGridCol().setW(new BigInteger(width));
        }
        int points = TABLE_POINTS;
        XWPFTableRow header = out.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < table.headers().size(); i++) {
            cell(header.getCell(i), table.headers().get(i), true, points);
            header.getCell(i).setColor("D9D9D9");
            header.getCell(i).setWidthType(TableWidthType.DXA);
            header.getCell(i).setWidth(widths[i]);
        }
        for (List<Object> row : table.rows()) {
            row(out, row, false, points, widths);
        }
        if (table.total() != null) {
            row(out, table.total(), true, points, widths);
        }
        doc.createParagraph();
    }

    /**
     * Every column at least as wide as its longest word (so no word breaks in two on paper), the rest of the page
     * shared as the annex shares it: a name gets room, a count does not.
     */
    private long[] columnWidths(Table table) {
        int columns = table.headers().size();
        long[] minimum = new long[columns];
        for (int i = 0; i < columns; i++) {
            int longest = longestWord(table.headers().get(i));
            for (List<Object> row : table.rows()) {
                longest = Math.max(longest, longestWord(text(row.get(i))));
            }
            minimum[i] = longest * TWIPS_PER_CHARACTER + CELL_PADDING;
        }
        long spare = TEXT_WIDTH - java.util.Arrays.stream(minimum).sum();
        int weights = java.util.Arrays.stream(table.widths()).sum();
        long[] widths = new long[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = spare >= 0 ? minimum[i] + spare * table.widths()[i] / weights
                    : minimum[i] * TEXT_WIDTH / (TEXT_WIDTH - spare);
        }
        return widths;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private void row(XWPFTable table, List<Object> values, boolean bold, int points, String[] widths) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < values.size(); i++) {
            cell(row.getCell(i), text(values.get(i)), bold, points);
            row.getCell(i).setWidthType(TableWidthType.DXA);
            row.getCell(i).setWidth(widths[i]);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, int points) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        XWPFRun run = paragraph.createRun();
        run.setFontSize(points);
        run.setBold(bold);
        run.setText(text);
    }

    private void picture(XWPFDocument doc, byte[] png, String captionKey) throws IOException {
        // Charts at 400 × 190 points: half the landscape page, readable without taking it over.
        if (png == null) {
            return;
        }
        XWPFRun run = doc.createParagraph().createRun();
        try {
            run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, captionKey + ".png",
                    Units.toEMU(ActivityCharts.WIDTH / 4.0), Units.toEMU(ActivityCharts.HEIGHT / 4.0));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        XWPFRun caption = doc.createParagraph().createRun();
        caption.setItalic(true);
        caption.setFontSize(9);
        caption.setText(labels.get(captionKey));
    }

    /** A cell's text: dates as dd-mm-yyyy, hours with two decimals in the language's way. */
    private String text(Object value) {
        if (value instanceof LocalDate date) {
            return date.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        }
        if (value instanceof BigDecimal hours) {
            return number(hours, 2);
        }
        if (value instanceof Long count) {
            return NumberFormat.getIntegerInstance(locale).format(count);
        }
        return String.valueOf(value);
    }

    private String number(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private String longDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    private String format(String key, Object... args) {
        return new java.text.MessageFormat(labels.get(key).replace("'", "''"), locale).format(args);
    }
}
