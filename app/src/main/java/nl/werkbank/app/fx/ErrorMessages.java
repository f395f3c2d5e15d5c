package nl.werkbank.app.fx;

import java.nio.file.FileSystemException;
import java.util.stream.Collectors;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.common.CancelledException;
import nl.werkbank.core.common.LocalizedException;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.exchange.ExchangeFileException;
import nl.werkbank.core.storage.StorageFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any exception into a plain-language sentence; unexpected ones are logged in full. */
public final class ErrorMessages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {
    }

    /** A problem the integrity check found, with table names in the words of the screens ("Presentieregels"). */
    public static String describe(Problem problem, Localization i18n) {
        Object[] args = problem.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String table && i18n.bundle().containsKey("info.table." + table)) {
                args[i] = i18n.tr("info.table." + table);
            }
        }
        return i18n.tr(problem.key(), args);
    }

    public static String describe(Throwable e, Localization i18n) {
        if (e instanceof ValidationException validation) {
            return validation.problems().stream().map(i18n::tr).collect(Collectors.joining("\n"));
        }
        if (e instanceof LocalizedException localized) {
            if (e instanceof ExchangeFileException) {
                LOG.warn("Exchange file refused: {}", e.getMessage());
            } else if (e instanceof CancelledException) {
                LOG.info("Stopped by the user");
            } else {
                LOG.error("Storage failure", e);
            }
            Object[] args = localized.args();
            for (int i = 0; i < args.length; i++) {
                // Argument that is itself a message key, such as the expected type of a field.
                if (args[i] instanceof String text && text.startsWith("exchange.type.")) {
                    args[i] = i18n.tr(text);
                }
            }
            return i18n.tr(localized.key(), args);
        }
        if (e instanceof NotFoundException) {
            return i18n.tr("error.notFound");
        }
        String diskProblem = StorageFailures.key(e, null);
        if (diskProblem != null) {
            LOG.error("Could not write", e);
            return i18n.tr(diskProblem, e instanceof FileSystemException file && file.getFile() != null ? file.getFile() : "");
        }
        LOG.error("Unexpected failure", e);
        return i18n.tr("error.unexpected", e.getClass().getSimpleName());
    }
}
