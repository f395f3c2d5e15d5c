package nl.werkbank.app.fx;

import java.nio.file.Path;
import java.util.function.Function;
import nl.werkbank.core.storage.FileKey;

/**
 * Closes the data folder (after the storage work queued so far), runs {@code whileClosed} on it, and opens the window
 * again with the key it returns: for work that needs the database closed, such as encrypting an existing folder.
 */
@FunctionalInterface
public interface Reopener {

    void reopenAfter(Function<Path, FileKey> whileClosed);
}
