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
            return value(column, numeral(value), style);
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
            return formula(column, formula, numeral(value), style);
        }

        public Sheet formula(int column, String formula, BigDecimal value, Style style) throws IOException {
            return formula(column, formula, value.toPlainString(), style);
        }

        private Sheet formula(int column, String formula, String digits, Style style) throws IOException {
            cell(column, style);
            out.write("><f>");
            out.write(escape(formula));
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
                out.write(column(column));
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
            merges.add(column(firstColumn) + (rowIndex + 1) + ":" + column(lastColumn) + (rowIndex + 1));
            return this;
        }

        /** Autofilter over columns A.. of rows {@code firstRow}..{@code lastRow} (0-based). */
        public void autoFilter(int firstRow, int lastRow, int lastColumn) {
            autoFilter = "A" + (firstRow + 1) + ":" + column(lastColumn) + (lastRow + 1);
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
                        + escape(quoted(name)) + "!$" + autoFilter.replaceAll("([A-Z]+)(\\d+)", "$1\\$$2") + "</definedName>");
            }
            if (!merges.isEmpty()) {
                out.write("<mergeCells count=\"" + merges.size() + "\">");
                for (String range : merges) {
                    out.write("<mergeCell ref=\"" + range + "\"/>");
                }
                out.write("</mergeCells>");
            }
            if (repeatFirst >= 0) {
                definedNames.add("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + position + "\">" + escape(quoted(name))
                        + "!$" + (repeatFirst + 1) + ":$" + (repeatLast + 1) + "</definedName>");
            }
            out.write("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
            out.write("<pageSetup paperSize=\"9\" orientation=\"" + (landscape ? "landscape" : "portrait")
                    + "\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
            if (headerRight != null) {
                // In header codes a literal ampersand is written twice.
                out.write("<headerFooter><oddHeader>" + escape("&R" + headerRight.replace("&", "&&")) + "</oddHeader><oddFooter>"
                        + escape("&C" + footerCenter) + "</oddFooter></headerFooter>");
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
            part("[Content_Types].xml", contentTypes());
            part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                    + "</Relationships>");
            part("docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    + "<dc:title>" + escape(title) + "</dc:title><dc:creator>Werkbank</dc:creator><dc:description>" + escape(description)
                    + "</dc:description></cp:coreProperties>");
            part("xl/workbook.xml", workbook());
            part("xl/_rels/workbook.xml.rels", workbookRelations());
            part("xl/styles.xml", STYLES);
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
            out.write(escape(text));
            out.write("</t></si>");
        }
        out.write("</sst>");
    }

    private void part(String name, String xml) throws IOException {
        out.entry(name);
        out.write(xml);
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
        for (int i = 1; i <= sheetNames.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<bookViews><workbookView/></bookViews><sheets>");
        for (int i = 0; i < sheetNames.size(); i++) {
            xml.append("<sheet name=\"").append(escape(sheetNames.get(i))).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        xml.append("</sheets>");
        if (!definedNames.isEmpty()) {
            xml.append("<definedNames>");
            definedNames.forEach(xml::append);
            xml.append("</definedNames>");
        }
        return xml.append("<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>").toString();
    }

    private String workbookRelations() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheetNames.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(sheetNames.size() + 1)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        xml.append("<Relationship Id=\"rId").append(sheetNames.size() + 2)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    /**
     * Fonts: normal, bold, title, large title. Fills: none, gray125 (required), grey header. Borders: none, bottom,
     * top, all four. One cellXfs entry per {@link Style}, in the same order.
     */
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00\"/><numFmt numFmtId=\"165\" formatCode=\"&quot;€&quot; #,##0.00\"/>"
            + "<numFmt numFmtId=\"166\" formatCode=\"dd-mm-yyyy\"/></numFmts>"
            + "<fonts count=\"4\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"16\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"4\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
            + "<border><left/><right/><top style=\"thin\"><color auto=\"1\"/></top><bottom/><diagonal/></border>"
            + "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
            + "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"18\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"2\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyBorder=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"1\" fillId=\"0\" borderId=\"2\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyBorder=\"1\"/>"
            + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"3\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"3\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"3\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"3\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"3\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    private static final String[] STYLE_ATTRIBUTES = java.util.Arrays.stream(Style.values())
            .map(style -> " s=\"" + style.ordinal() + "\"").toArray(String[]::new);
    private static final String[] COLUMNS = java.util.stream.IntStream.range(0, 64).mapToObj(XlsxWriter::columnName)
            .toArray(String[]::new);

    /**
     * Lines a text takes in a column {@code width} digits wide, wrapped at spaces as a spreadsheet does. A line
     * holds about 1.05 × width characters of ordinary text (measured in LibreOffice with Carlito, the metrics of
     * Calibri: "GGD Zuid-Holland" fits in 16, "Gemeente Dordrecht" does not). Spreadsheet programs do not grow a
     * row for wrapped text on opening (LibreOffice clips it), so writers set the height from this.
     */
    static int wrappedLines(String text, int width) {
        int perLine = Math.max(1, (int) (width * 1.05));
        if (text == null || text.length() <= perLine && text.indexOf('\n') < 0) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int used = 0;
            lines++;
            for (String word : paragraph.split(" ")) {
                int needed = used == 0 ? word.length() : used + 1 + word.length();
                if (needed <= perLine) {
                    used = needed;
                } else if (used == 0) {
                    // A word longer than the line is broken over as many lines as it takes.
                    lines += (word.length() - 1) / perLine;
                    used = word.length() % perLine == 0 ? perLine : word.length() % perLine;
                } else {
                    lines++;
                    lines += (word.length() - 1) / perLine;
                    used = word.length() % perLine == 0 ? perLine : word.length() % perLine;
                }
            }
        }
        return lines;
    }

    /** Column letters: 0 = A, 25 = Z, 26 = AA. */
    static String column(int index) {
        return index < COLUMNS.length ? COLUMNS[index] : columnName(index);
    }

    private static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static String numeral(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String quoted(String sheet) {
        return "'" + sheet.replace("'", "''") + "'";
    }

    /** XML text: the five entities, and characters XML 1.0 cannot hold are dropped. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? "" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
