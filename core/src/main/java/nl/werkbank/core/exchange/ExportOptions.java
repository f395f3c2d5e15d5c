package nl.werkbank.core.exchange;

/** What to export: the scope, and whether private check-in and check-out texts go along (off by default). */
public record ExportOptions(ExchangeScope scope, boolean includePrivate) {

    public static ExportOptions everything() {
        return new ExportOptions(ExchangeScope.everything(), false);
    }
}
