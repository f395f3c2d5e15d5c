package nl.werkbank.core.server;

import nl.werkbank.core.common.LocalizedException;

/** The Werkplaats server cannot be reached or used; says why in the user's words, never with the password. */
public class ServerException extends LocalizedException {

    public ServerException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
