package nl.werkbank.app.preferences;

import nl.werkbank.app.i18n.Language;

/** User preferences, stored as settings.json in the data folder by {@link SettingsStore}. */
public final class Settings {

    private Language language = Language.DUTCH;
    /** Index in the list of screens for the beamer; null = automatic (the second screen when there is one). */
    private Integer beamerScreen;
    /** Bewaartermijn: round texts of meetings older than this many months are removed at start; null = off. */
    private Integer roundRetentionMonths;

    /** Where the main window was when it closed (null until then); see main.WindowPlacement. */
    private Double windowX;
    private Double windowY;
    private Double windowWidth;
    private Double windowHeight;
    private boolean windowMaximized;

    public Double getWindowX() {
        return windowX;
    }

    public Double getWindowY() {
        return windowY;
    }

    public Double getWindowWidth() {
        return windowWidth;
    }

    public Double getWindowHeight() {
        return windowHeight;
    }

    public boolean isWindowMaximized() {
        return windowMaximized;
    }

    public void setWindowBounds(Double x, Double y, Double width, Double height) {
        this.windowX = x;
        this.windowY = y;
        this.windowWidth = width;
        this.windowHeight = height;
    }

    public void setWindowMaximized(boolean maximized) {
        this.windowMaximized = maximized;
    }

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
