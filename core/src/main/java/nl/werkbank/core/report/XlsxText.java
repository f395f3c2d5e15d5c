package nl.werkbank.core.report;

import java.util.Set;

/** Text in a workbook: column letters, numbers as written, XML escaping, wrapped lines, unique sheet names. */
final class XlsxText {

    private static final String[] COLUMNS = java.util.stream.IntStream.range(0, 64).mapToObj(XlsxText::columnName)
            .toArray(String[]::new);

    private XlsxText() {
    }

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

    static String numeral(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    static String quoted(String sheet) {
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

    /** Excel sheet names are unique (case-insensitive) and at most 31 characters. */
    static String uniqueSheetName(Set<String> taken, String name) {
        String base = PaperAttendanceList.safeSheetName(name);
        String candidate = base;
        for (int i = 2; !taken.add(candidate.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            candidate = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return candidate;
    }
}
