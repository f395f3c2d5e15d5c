package nl.werkbank.app.settings;

import nl.werkbank.app.i18n.Language;

/** User preferences, stored as settings.json in the data folder by {@link SettingsStore}. */
public final class Settings {

    private Language language = Language.DUTCH;
    /** Index in the list of screens for the beamer; null = automatic (the second screen when there is one). */
    private Integer beamerScreen;
    /** Bewaartermijn: round texts of meetings older than this many months are removed at start; null = off. */
    private Integer roundRetentionMonths;

    public Integer getRoundRetentionMonths() {
        return roundRetentionMonths;
    }

    public void setRoundRetentionMonths(Integer months) {
        this.roundRetentionMonths = months;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language == null ? Language.DUTCH : language;
    }

    public Integer getBeamerScreen() {
        return beamerScreen;
    }

    public void setBeamerScreen(Integer beamerScreen) {
        this.beamerScreen = beamerScreen;
    }
}
