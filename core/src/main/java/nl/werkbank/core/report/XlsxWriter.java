package nl.werkbank.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.werkbank.core.storage.ZipPipe;

/**
 * A small streaming .xlsx writer for big line sheets: each cell goes straight into the zip as
 * SpreadsheetML (numbers, formulas with their value, dates, and texts as shared strings, written once at
 * the end because names repeat on every line), with a fixed set of styles.
 * It does what the reports need and nothing else, at a fraction of POI's per-cell cost. Sheets are written
 * one after another; the workbook parts that list them are written on {@link #close()}.
 */
public final class XlsxWriter implements AutoCloseable {

    /** Cell styles (indices into cellXfs in styles.xml). */
    public enum Style {
        DEFAULT, TITLE, HEADER, BOLD, HOURS, BOLD_HOURS, EUROS, BOLD_EUROS, COUNT, DATE, SIGNATURE,
        /** Printed tables (verslag, paper list): thin lines round every cell. */
        BOX_HEADER, BOX_TEXT, BOX_DATE, BOX_BOLD, BOX_CELL, TITLE_LARGE,
        /** Plain text that wraps within its cell (or merged cells); at the bottom like the numbers beside it. */
        WRAP
    }

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final ZipPipe out;
    private final List<String> sheetNames = new ArrayList<>();
    private final List<String> definedNames = new ArrayList<>();
    /** Every distinct text, in order of first use: its index is what the cells refer to. */
    private final java.util.LinkedHashMap<String, Integer> sharedStrings = new java.util.LinkedHashMap<>();
    private long textCells;
    private Sheet open;
    private String title = "";
    private String description = "";

    public XlsxWriter(OutputStream target) {
        out = new ZipPipe(target);
    }

    /**
     * Lines {@code text} takes wrapped in a column {@code width} wide: spreadsheet programs do not grow a row for it on
     * opening, so a writer sets the row's height (15 points a line) from this.
     */
    public static int linesNeeded(String text, int width) {
        return XlsxText.wrappedLines(text, width);
    }

    public void properties(String documentTitle, String documentDescription) {
        this.title = documentTitle;
        this.description = documentDescription;
    }

    /**
     * Starts a sheet (closing the previous one). {@code frozenRows} rows stay in view; {@code repeatRow}
     * (0-based, or -1) is printed on every page; landscape, A4, fit to width.
     */
    public Sheet sheet(String name, int[] widths, int frozenRows, int repeatRow) throws IOException {
        if (open != null) {
            open.finish();
        }
        sheetNames.add(name);
        int index = sheetNames.size();
        out.entry("xl/worksheets/sheet" + index + ".xml");
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        out.write("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\"");
        out.write(index == 1 ? " tabSelected=\"1\">" : ">");
        if (frozenRows > 0) {
            out.write("<pane ySplit=\"" + frozenRows + "\" topLeftCell=\"A" + (frozenRows + 1) + "\" activePane=\"bottomLeft\" state=\"frozen\"/>");
        }
        // Rows 15 pt high unless said otherwise: room for 11 pt text between the lines of a boxed table.
        out.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < widths.length; i++) {
            out.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + widths[i] + "\" customWidth=\"1\"/>");
        }
        out.write("</cols><sheetData>");
        open = new Sheet(name, index - 1);
        if (repeatRow >= 0) {
            open.repeatRows(repeatRow, repeatRow);
        }
        return open;
    }

    /** One sheet being written: rows in ascending order, cells in ascending column order. */
    public final class Sheet {

        private final String name;
        private final int position;
        private int row = -1;
        private String rowText = "";
        /** The column a cell without an explicit reference lands in. */
        private int nextColumn;
        private String autoFilter;
        private int repeatFirst = -1;
        private int repeatLast = -1;
        private boolean landscape = true;
        private final List<String> merges = new ArrayList<>();
        private String headerRight;
        private String footerCenter;

        private Sheet(String name, int position) {
            this.name = name;
            this.position = position;
        }

        /** Starts row {@code index} (0-based, ascending). */
        public Sheet row(int index) throws IOException {
            endRow();
            row = index;
            rowText = Integer.toString(index + 1);
            nextColumn = 0;
            out.write("<row r=\"");
            out.write(rowText);
            out.write("\">");
            return this;
        }

        /** Starts row {@code index} with a height in points (signature lines). */
        public Sheet row(int index, double heightPoints) throws IOException {
            endRow();
            row = index;
            rowText = Integer.toString(index + 1);
            nextColumn = 0;
            out.write("<row r=\"" + rowText + "\" ht=\"" + heightPoints + "\" customHeight=\"1\">");
            return this;
        }

        /** Text goes into the shared-strings table once; the cell holds its index (names repeat on every line). */
        public Sheet text(int column, String value, Style style) throws IOException {
            String text = value == null ? "" : value;
            textCells++;
            Integer index = sharedStrings.get(text);
            if (index == null) {
                index = sharedStrings.size();
                sharedStrings.put(text, index);
            }
            cell(column, style);
            out.write(" t=\"s\"><v>");
            out.write(index);
            out.write("</v></c>");
            return this;
        }

        public Sheet number(int column, double value, Style style) throws IOException {
            if (value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE) {
                // Counts and dates: digits straight into the output, no string per cell.
                cell(column, style);
                out.write("><v>");
                out.write((int) value);
                out.write("</v></c>");
                return this;
            }
            return value(column, XlsxText.numeral(value), style);
        }

        /** An exact decimal (hours, euros), written as its plain digits: no rounding through double. */
        public Sheet number(int column, BigDecimal value, Style style) throws IOException {
            return value(column, value.toPlainString(), style);
        }

        private Sheet value(int column, String digits, Style style) throws IOException {
            cell(column, style);
            out.write("><v>");
            out.write(digits);
            out.write("</v></c>");
            return this;
        }

        /** A formula with its value already filled in, so viewers that do not recalculate show it too. */
        public Sheet formula(int column, String formula, double value, Style style) throws IOException {
            return formula(column, formula, XlsxText.numeral(value), style);
        }

        public Sheet formula(int column, String formula, BigDecimal value, Style style) throws IOException {
            return formula(column, formula, value.toPlainString(), style);
        }

        private Sheet formula(int column, String formula, String digits, Style style) throws IOException {
            cell(column, style);
            out.write("><f>");
            out.write(XlsxText.escape(formula));
            out.write("</f><v>");
            out.write(digits);
            out.write("</v></c>");
            return this;
        }

        /**
         * Opens a cell: {@code <c r="B7" s="4"} (the caller closes the tag). The reference is optional in
         * SpreadsheetML and left out when the cell follows the previous one: a third less XML for the line sheets.
         */
        private void cell(int column, Style style) throws IOException {
            if (column == nextColumn) {
                out.write("<c");
            } else {
                out.write("<c r=\"");
                out.write(XlsxText.column(column));
                out.write(rowText);
                out.write('"');
            }
            nextColumn = column + 1;
            if (style != Style.DEFAULT) {
                out.write(STYLE_ATTRIBUTES[style.ordinal()]);
            }
        }

        public Sheet date(int column, LocalDate value, Style style) throws IOException {
            return number(column, ChronoUnit.DAYS.between(EXCEL_EPOCH, value), style);
        }

        /** Cells {@code firstColumn..lastColumn} of row {@code rowIndex} (0-based) show as one (a wrapped note). */
        public Sheet merge(int rowIndex, int firstColumn, int lastColumn) {
            merges.add(XlsxText.column(firstColumn) + (rowIndex + 1) + ":" + XlsxText.column(lastColumn) + (rowIndex + 1));
            return this;
        }

        /** Autofilter over columns A.. of rows {@code firstRow}..{@code lastRow} (0-based). */
        public void autoFilter(int firstRow, int lastRow, int lastColumn) {
            autoFilter = "A" + (firstRow + 1) + ":" + XlsxText.column(lastColumn) + (lastRow + 1);
        }

        public String name() {
            return name;
        }

        /** Rows {@code first}..{@code last} (0-based) are printed at the top of every page. */
        public Sheet repeatRows(int first, int last) {
            repeatFirst = first;
            repeatLast = last;
            return this;
        }

        /** Printed upright instead of landscape. */
        public Sheet portrait() {
            landscape = false;
            return this;
        }

        /** A text at the right of every printed page's header, and "page / pages" centred in the footer. */
        public Sheet pageHeader(String right) {
            headerRight = right;
            footerCenter = "&P / &N";
            return this;
        }

        private void endRow() throws IOException {
            if (row >= 0) {
                out.write("</row>");
            }
        }

        private void finish() throws IOException {
            endRow();
            out.write("</sheetData>");
            if (autoFilter != null) {
                out.write("<autoFilter ref=\"" + autoFilter + "\"/>");
                definedNames.add("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + position + "\" hidden=\"1\">"
                        + XlsxText.escape(XlsxText.quoted(name)) + "!$" + autoFilter.replaceAll("([A-Z]+)(\\d+)", "$1\\$$2") + "</definedName>");
            }
            if (!merges.isEmpty()) {
                out.write("<mergeCells count=\"" + merges.size() + "\">");
                for (String range : merges) {
                    out.write("<mergeCell ref=\"" + range + "\"/>");
                }
                out.write("</mergeCells>");
            }
            if (repeatFirst >= 0) {
                definedNames.add("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + position + "\">" + XlsxText.escape(XlsxText.quoted(name))
                        + "!$" + (repeatFirst + 1) + ":$" + (repeatLast + 1) + "</definedName>");
            }
            out.write("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
            out.write("<pageSetup paperSize=\"9\" orientation=\"" + (landscape ? "landscape" : "portrait")
                    + "\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
            if (headerRight != null) {
                // In header codes a literal ampersand is written twice.
                out.write("<headerFooter><oddHeader>" + XlsxText.escape("&R" + headerRight.replace("&", "&&")) + "</oddHeader><oddFooter>"
                        + XlsxText.escape("&C" + footerCenter) + "</oddFooter></headerFooter>");
            }
            out.write("</worksheet>");
        }
    }

    /** Writes the parts that list the sheets and finishes the file; the compressing thread always ends. */
    @Override
    public void close() throws IOException {
        try {
            if (open != null) {
                open.finish();
            }
            part("[Content_Types].xml", XlsxParts.contentTypes(sheetNames.size()));
            part("_rels/.rels", XlsxParts.RELATIONS);
            part("docProps/core.xml", XlsxParts.coreProperties(title, description));
            part("xl/workbook.xml", XlsxParts.workbook(sheetNames, definedNames));
            part("xl/_rels/workbook.xml.rels", XlsxParts.workbookRelations(sheetNames.size()));
            part("xl/styles.xml", XlsxParts.STYLES);
            sharedStrings();
        } finally {
            out.close();
        }
    }

    private void sharedStrings() throws IOException {
        out.entry("xl/sharedStrings.xml");
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                + textCells + "\" uniqueCount=\"" + sharedStrings.size() + "\">");
        for (String text : sharedStrings.keySet()) {
            out.write("<si><t xml:space=\"preserve\">");
            out.write(XlsxText.escape(text));
            out.write("</t></si>");
        }
        out.write("</sst>");
    }

    private void part(String name, String xml) throws IOException {
        out.entry(name);
        out.write(xml);
    }

    private static final String[] STYLE_ATTRIBUTES = java.util.Arrays.stream(Style.values())
            .map(style -> " s=\"" + style.ordinal() + "\"").toArray(String[]::new);
}
