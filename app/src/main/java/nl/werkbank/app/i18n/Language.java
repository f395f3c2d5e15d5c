package nl.werkbank.app.i18n;

import java.util.Locale;

/** The languages Werkbank speaks. Dutch is the default. */
public enum Language {
    DUTCH(Locale.forLanguageTag("nl-NL")),
    ENGLISH(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
