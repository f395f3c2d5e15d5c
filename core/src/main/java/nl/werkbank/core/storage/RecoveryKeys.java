package nl.werkbank.core.storage;

import java.util.Locale;

/** The herstelsleutel: 160 random bits as 32 letters and digits in groups of four, with no 0/O or 1/I to confuse. */
final class RecoveryKeys {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private RecoveryKeys() {
    }

    static String generate() {
        byte[] random = Crypto.randomBytes(20);
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : random) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                if (text.length() % 5 == 4) {
                    text.append('-');
                }
                text.append(ALPHABET.charAt((buffer >> bits) & 31));
            }
        }
        return text.toString();
    }

    /** What was typed, without spaces and dashes, in capitals. */
    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
