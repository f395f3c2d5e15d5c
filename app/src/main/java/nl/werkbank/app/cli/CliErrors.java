package nl.werkbank.app.cli;

import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.i18n.Localization;

/** One readable line for a failed command; the stack trace goes to the log only. */
final class CliErrors {

    private CliErrors() {
    }

    static String describe(Exception e, Localization i18n) {
        return i18n.tr("cli.error", ErrorMessages.describe(e, i18n));
    }
}
