package nl.werkbank.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a presentielijst: .xlsx (streamed, {@link XlsxSheets}), .xls ({@link XlsSheets}) and .csv ({@link CsvSheets}).
 * The format is told by the file's first bytes, not only its name, so a password-protected workbook (an encrypted
 * OLE2 container with an .xlsx name) and an .ods saved with the wrong name get a message that says what to do.
 */
public final class SpreadsheetReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SpreadsheetReader() {
    }

    public static SpreadsheetFile read(Path file) {
        String name = file.getFileName().toString();
        byte[] head = new byte[8];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportFileException("error.attendanceImport.notFound", e, name);
        } catch (IOException e) {
            throw new ImportFileException("error.attendanceImport.unreadable", e, name);
        }
        if (length == 0) {
            throw new ImportFileException("error.attendanceImport.empty", name);
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (startsWith(head, length, ZIP)) {
            if (extension.equals("ods") || OdsCheck.isOds(file)) {
                throw new ImportFileException("error.attendanceImport.ods", name);
            }
            return XlsxSheets.read(file);
        }
        if (startsWith(head, length, OLE2)) {
            // An .xlsx with a password is an OLE2 container; so is an old .xls.
            if (extension.equals("xlsx")) {
                throw new ImportFileException("error.attendanceImport.password", name);
            }
            return XlsSheets.read(file);
        }
        if (extension.equals("xlsx") || extension.equals("xls") || extension.equals("ods")) {
            throw new ImportFileException("error.attendanceImport.damaged", name);
        }
        return CsvSheets.read(file);
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
