package nl.werkbank.core.exchange;

import nl.werkbank.core.common.LocalizedException;

/**
 * A bad exchange file; the arguments say where (kind, record number, field, line). Nothing has been changed
 * when this is thrown.
 */
public final class ExchangeFileException extends LocalizedException {

    ExchangeFileException(String key, Object... args) {
        super(key, null, args);
    }

    ExchangeFileException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
