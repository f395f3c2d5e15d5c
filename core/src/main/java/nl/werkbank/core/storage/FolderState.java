package nl.werkbank.core.storage;

import java.nio.file.Files;
import java.nio.file.Path;

/** What a data folder holds, read before opening it: whether to set up, ask for the passphrase, or just open. */
public enum FolderState {
    /** No database yet: a passphrase (or an explicit choice for none) sets it up. */
    NEW,
    /** A database without encryption (made before encryption existed, or by choice). */
    PLAIN,
    /** An encrypted database: it opens with the passphrase or the herstelsleutel. */
    ENCRYPTED;

    public static FolderState of(Path dataDirectory) {
        Path base = dataDirectory.resolve(Database.FILE_NAME);
        if (!Files.exists(DatabaseFiles.file(base))) {
            return NEW;
        }
        return DatabaseFiles.encrypted(base) ? ENCRYPTED : PLAIN;
    }
}
