package nl.werkbank.core.common;

import java.util.UUID;

/** A record that is not (or no longer) in the database, e.g. deleted in another window. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, UUID id) {
        super(entity + " " + id + " not found");
    }
}
