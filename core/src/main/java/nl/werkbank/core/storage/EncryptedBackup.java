package nl.werkbank.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.store.fs.FilePath;

/**
 * H2's {@code BACKUP TO} of a database opened through {@link EncryptedFilePath} copies the pages as that layer reads
 * them: decrypted. So the backup is written through the layer too (the zip is encrypted on disk), and here becomes
 * the zip a backup is: its database entry the encrypted file in H2's format, as a {@code CIPHER=AES} backup held it,
 * encrypted again block by block in memory. The decrypted file never reaches the disk.
 */
final class EncryptedBackup {

    private EncryptedBackup() {
    }

    /** Reads H2's zip {@code sealedName} (a name under the layer's prefix) and writes the backup zip {@code raw}. */
    static void seal(String sealedName, Path raw, FileKey key) throws IOException {
        try (InputStream in = FilePath.get(sealedName).newInputStream();
             ZipInputStream zip = new ZipInputStream(in);
             OutputStream file = Files.newOutputStream(raw);
             ZipOutputStream out = new ZipOutputStream(file)) {
            // Encrypted bytes do not compress; the database entry is stored as it is.
            out.setLevel(Deflater.NO_COMPRESSION);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().endsWith(".mv.db")) {
                    EncryptedFile.encryptAll(zip, out, DatabaseFiles.filePasswordBytes(key));
                } else {
                    zip.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
