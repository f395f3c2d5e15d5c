package nl.werkbank.core.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** An OpenDocument spreadsheet is a zip too: its first entry, {@code mimetype}, says so. */
final class OdsCheck {

    private OdsCheck() {
    }

    static boolean isOds(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype == null) {
                return false;
            }
            try (var in = zip.getInputStream(mimetype)) {
                return new String(in.readNBytes(100), StandardCharsets.US_ASCII).contains("opendocument");
            }
        } catch (IOException e) {
            return false;
        }
    }
}
