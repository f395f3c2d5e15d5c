package nl.werkbank.core.imports;

import nl.werkbank.core.common.LocalizedException;

/** A presentielijst that cannot be imported; the arguments say where (file, sheet, cell). Nothing was changed. */
public final class ImportFileException extends LocalizedException {

    ImportFileException(String key, Object... args) {
        super(key, null, args);
    }

    ImportFileException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
