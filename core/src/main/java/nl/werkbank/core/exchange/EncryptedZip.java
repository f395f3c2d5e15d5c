package nl.werkbank.core.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import net.lingala.zip4j.exception.ZipException;
import net.lingala.zip4j.io.inputstream.ZipInputStream;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.LocalFileHeader;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;

/**
 * The exchange file with an uitwisselwachtwoord: a zip whose one entry is AES-256 encrypted (WinZip AES, which 7-Zip,
 * WinZip and macOS's Archive Utility open with the same password), written and read with zip4j.
 */
final class EncryptedZip {

    private EncryptedZip() {
    }

    /** True when the zip's first entry is encrypted (bit 0 of the general purpose flags in its local header). */
    static boolean isEncrypted(byte[] start) {
        return start.length >= 8 && (start[6] & 1) == 1;
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    static void write(OutputStream target, char[] password, Body body) throws IOException {
        ZipParameters parameters = new ZipParameters();
        parameters.setFileNameInZip(ExchangeFormat.ENTRY);
        parameters.setCompressionMethod(CompressionMethod.DEFLATE);
        parameters.setEncryptFiles(true);
        parameters.setEncryptionMethod(EncryptionMethod.AES);
        parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        // zip4j's stream does not close the target before the zip is finished; the caller closes it.
        ZipOutputStream zip = new ZipOutputStream(new java.io.FilterOutputStream(target) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, password);
        zip.putNextEntry(parameters);
        body.write(zip);
        zip.closeEntry();
        zip.close();
    }

    /** Opens the one entry; {@code error.exchange.passwordNeeded} without a password, wrongPassword with a wrong one. */
    static ZipInputStream open(InputStream in, char[] password, String name) throws IOException {
        if (password == null || password.length == 0) {
            throw new ExchangeFileException("error.exchange.passwordNeeded", name);
        }
        ZipInputStream zip = new ZipInputStream(in, password);
        return zip;
    }

    /** The next entry, with a wrong password said as such (zip4j checks it on the entry's header). */
    static LocalFileHeader next(ZipInputStream zip, String name) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (ZipException e) {
            if (e.getType() == ZipException.Type.WRONG_PASSWORD) {
                throw new ExchangeFileException("error.exchange.wrongPassword", e, name);
            }
            throw new ExchangeFileException("error.exchange.badZip", e, name);
        }
    }
}
