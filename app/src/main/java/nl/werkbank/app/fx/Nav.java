package nl.werkbank.app.fx;

import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.feather.Feather;

/** The navigation entries, in order; Ctrl+0…9 reach them. */
public enum Nav {
    TODAY("nav.today", Feather.SUN, KeyCode.DIGIT0),
    TEAMS("nav.teams", Feather.USERS, KeyCode.DIGIT1),
    MEETINGS("nav.meetings", Feather.CALENDAR, KeyCode.DIGIT2),
    PEOPLE("nav.people", Feather.USER, KeyCode.DIGIT3),
    ORGANIZATIONS("nav.organizations", Feather.BRIEFCASE, KeyCode.DIGIT4),
    REPORTS("nav.reports", Feather.BAR_CHART_2, KeyCode.DIGIT5),
    DECISIONS("nav.decisions", Feather.CHECK_CIRCLE, KeyCode.DIGIT6),
    ACTIONS("nav.actions", Feather.CHECK_SQUARE, KeyCode.DIGIT7),
    EXCHANGE("nav.exchange", Feather.REFRESH_CW, KeyCode.DIGIT8),
    SETTINGS("nav.settings", Feather.SETTINGS, KeyCode.DIGIT9);

    private final String key;
    private final Feather icon;
    private final KeyCode shortcut;

    Nav(String key, Feather icon, KeyCode shortcut) {
        this.key = key;
        this.icon = icon;
        this.shortcut = shortcut;
    }

    /** The message key of its name in the navigation. */
    public String key() {
        return key;
    }

    public Feather icon() {
        return icon;
    }

    /** With Ctrl (Cmd): the menu accelerator. */
    public KeyCode shortcut() {
        return shortcut;
    }
}
