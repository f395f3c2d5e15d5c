package nl.werkbank.core.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV as Excel and LibreOffice write it in the Netherlands: semicolon or comma (or tab) separated, UTF-8
 * (with or without BOM) or Windows-1252. Both are detected and reported, never assumed silently.
 */
final class CsvSheets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSheets() {
    }

    static SpreadsheetFile read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportFileException("error.attendanceImport.unreadable", e, name);
        }
        Charset charset = utf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportFileException("error.attendanceImport.empty", name);
        }
        char separator = separator(text);
        List<SheetRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> texts = new ArrayList<>(record.size());
                record.forEach(value -> texts.add(value.strip()));
                List<java.time.LocalDate> dates = new ArrayList<>(java.util.Collections.nCopies(texts.size(), null));
                rows.add(new SheetRow(rows.size() + 1, texts, dates));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportFileException("error.attendanceImport.csvBroken", e, name, rows.size() + 1);
        }
        String sheetName = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return new SpreadsheetFile(name, List.of(new Sheet(sheetName, rows)),
                new SpreadsheetFile.ReadAs("csv", separatorName(separator), charset == StandardCharsets.UTF_8 ? "UTF-8" : "Windows-1252"));
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The separator used most on the first lines, outside quotes. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < text.length() && lines < 30; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    case '\n' -> lines++;
                    default -> { }
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static String separatorName(char separator) {
        return switch (separator) {
            case ';' -> "semicolon";
            case ',' -> "comma";
            default -> "tab";
        };
    }
}
