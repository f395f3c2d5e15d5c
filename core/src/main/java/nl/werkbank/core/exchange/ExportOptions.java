package nl.werkbank.core.exchange;

/**
 * What to export: the scope, whether private check-in and check-out texts go along (off by default), and the
 * uitwisselwachtwoord that encrypts the file (AES-256 zip), or null for a file anyone can read.
 */
public record ExportOptions(ExchangeScope scope, boolean includePrivate, char[] password) {

    public ExportOptions(ExchangeScope scope, boolean includePrivate) {
        this(scope, includePrivate, null);
    }

    public static ExportOptions everything() {
        return new ExportOptions(ExchangeScope.everything(), false);
    }

    public ExportOptions withPassword(char[] chosen) {
        return new ExportOptions(scope, includePrivate, chosen == null || chosen.length == 0 ? null : chosen.clone());
    }

    public boolean encrypted() {
        return password != null;
    }
}
