package nl.werkbank.app.actions;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.ActionStatus;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Acties step of a meeting: a quick review of what is still open (keys D gedaan, N nog open, V vervallen)
 * and the actions made today.
 */
public final class MeetingActionsPanel {

    private final MeetingActionsViewModel vm;
    private final TableView<ActionRow> review;
    private final Label notice = new Label();
    private final VBox root;

    public MeetingActionsPanel(MeetingActionsViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        LocalDate today = LocalDate.now(vm.ui().werkbank().clock());
        review = ActionColumns.table(i18n, "action.review.none", today);
        review.setId("action-review");
        review.setItems(vm.review());
        DateInput newDue = new DateInput(i18n);
        newDue.picker().setId("action-review-due");
        newDue.picker().setPromptText(i18n.tr("action.review.newDue"));
        newDue.picker().setPrefWidth(180);
        Button done = Tables.rowButton(review, Feather.CHECK, i18n.tr("action.review.done"),
                row -> vm.review(row, ActionStatus.DONE, row.action().dueDate()));
        done.setId("action-review-done");
        Button open = Tables.rowButton(review, Feather.CLOCK, i18n.tr("action.review.open"), row -> {
            newDue.commitTypedText();
            vm.review(row, ActionStatus.OPEN, newDue.value().get() != null ? newDue.value().get() : row.action().dueDate());
            newDue.value().set(null);
        });
        open.setId("action-review-open");
        Button dropped = Tables.rowButton(review, Feather.X, i18n.tr("action.review.dropped"),
                row -> vm.review(row, ActionStatus.DROPPED, row.action().dueDate()));
        dropped.setId("action-review-dropped");
        Tables.keepSelection(review, row -> row.action().id());
        review.setOnKeyPressed(event -> {
            ActionRow row = review.getSelectionModel().getSelectedItem();
            Button target = event.isShortcutDown() || event.isAltDown() ? null : event.getCode() == KeyCode.D ? done
                    : event.getCode() == KeyCode.N ? open : event.getCode() == KeyCode.V ? dropped : null;
            if (target == null) {
                return;
            }
            event.consume();
            if (row == null) {
                notice.setText(i18n.tr(review.getItems().isEmpty() ? "action.review.notice.none" : "action.review.notice.choose"));
                return;
            }
            notice.setText("");
            int index = review.getSelectionModel().getSelectedIndex();
            target.fire();
            review.getSelectionModel().clearAndSelect(Math.min(index + 1, review.getItems().size() - 1));
        });
        notice.setId("action-review-notice");
        notice.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        HBox reviewActions = new HBox(8, done, newDue.picker(), open, dropped);
        reviewActions.setAlignment(Pos.CENTER_LEFT);

        TableView<ActionRow> made = ActionColumns.table(i18n, "action.none", today);
        made.setId("action-made");
        made.setItems(vm.made());
        Button[] edits = Tables.editActions(made, "action-add", i18n.tr("action.add"), vm::add,
                row -> vm.edit(row.action()), vm::delete, i18n);
        VBox.setVgrow(review, Priority.ALWAYS);
        VBox.setVgrow(made, Priority.ALWAYS);
        root = new VBox(8, MasterDetail.section(i18n.tr("action.review.section")),
                Forms.muted(new Label(i18n.tr("action.review.hint"))), notice, reviewActions, review,
                MasterDetail.sectionWithActions(i18n.tr("action.made.section"), edits), made);
        root.setPadding(new Insets(4, 16, 12, 16));
    }

    public Node node() {
        return root;
    }

    public void shown() {
        vm.load();
        nl.werkbank.app.fx.Focus.on(review, root);
    }

    /** Ctrl+N in the meeting: an action made today. */
    public void createNew() {
        vm.add();
    }
}
