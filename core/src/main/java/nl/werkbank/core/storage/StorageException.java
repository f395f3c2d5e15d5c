package nl.werkbank.core.storage;

import nl.werkbank.core.common.LocalizedException;

/** A storage failure the user has to act on (locked, corrupt, cannot write); the cause goes to the log. */
public class StorageException extends LocalizedException {

    public StorageException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
