package nl.werkbank.app.actions;

import java.time.LocalDate;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.ActionRow;

/** The columns every action table shares; overdue rows are marked. */
final class ActionColumns {

    private ActionColumns() {
    }

    static TableView<ActionRow> table(Localization i18n, String placeholderKey, LocalDate today) {
        TableView<ActionRow> table = Tables.table(i18n.tr(placeholderKey));
        Tables.wrapping(Tables.column(table, i18n.tr("action.description"), row -> row.action().description(), 320));
        Tables.column(table, i18n.tr("action.owners"), row -> ActionTexts.owners(row, i18n), 180);
        Tables.column(table, i18n.tr("action.due"), row -> ActionTexts.due(row, i18n), 100);
        Tables.column(table, i18n.tr("action.status"), row -> row.action().overdue(today)
                ? i18n.tr("action.overdue") : i18n.tr(row.action().status()), 100);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ActionRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overdue"),
                        !empty && row != null && row.action().overdue(today));
            }
        });
        return table;
    }
}
