package nl.werkbank.core.exchange;

import java.nio.file.Path;
import java.util.Locale;

/** The constants of the exchange file (docs/exchange-format.md). */
public final class ExchangeFormat {

    public static final String FORMAT = "werkbank-exchange";
    public static final int VERSION = 1;
    /** The zipped form's file extension; a double-click on such a file opens the import preview. */
    public static final String EXTENSION = "werkbank";
    /** The JSON document inside the zipped form. */
    static final String ENTRY = "werkbank-exchange.json";

    private ExchangeFormat() {
    }

    /** By its name: .werkbank or .json. */
    public static boolean looksLikeExchangeFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith("." + EXTENSION) || name.endsWith(".json");
    }

    /** Zipped unless the name ends in .json. */
    static boolean zipped(Path file) {
        return !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
