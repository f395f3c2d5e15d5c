package nl.werkbank.app.actions;

import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.ActionRow;

/** How an action reads in a list: "Folder testen — Sanne, Ahmed · uiterlijk 01-04-2021 · open". */
public final class ActionTexts {

    private ActionTexts() {
    }

    public static String owners(ActionRow row, Localization i18n) {
        return row.ownerNames().isEmpty() ? i18n.tr("action.owner.none") : String.join(", ", row.ownerNames());
    }

    public static String due(ActionRow row, Localization i18n) {
        return row.action().dueDate() == null ? "" : i18n.date(row.action().dueDate());
    }

    public static String line(ActionRow row, Localization i18n) {
        String due = row.action().dueDate() == null ? i18n.tr("action.noDue") : i18n.tr("action.dueOn", due(row, i18n));
        return i18n.tr("action.line", row.action().description(), owners(row, i18n), due, i18n.tr(row.action().status()));
    }
}
