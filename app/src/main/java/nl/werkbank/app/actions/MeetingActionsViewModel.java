package nl.werkbank.app.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.decisions.ActionItem;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.ActionStatus;

/**
 * The actions of one meeting: the team's open actions from earlier meetings to review (gedaan, nog open
 * with a new date, vervallen), and the actions made in this meeting.
 */
public final class MeetingActionsViewModel {

    private final UiContext ui;
    private final UUID meetingId;
    private final Supplier<List<ActionDialog.Owner>> owners;
    private final ObservableList<ActionRow> review = FXCollections.observableArrayList();
    private final ObservableList<ActionRow> made = FXCollections.observableArrayList();

    public MeetingActionsViewModel(UiContext ui, UUID meetingId, Supplier<List<ActionDialog.Owner>> owners) {
        this.ui = ui;
        this.meetingId = meetingId;
        this.owners = owners;
    }

    public void load() {
        BackgroundTask.wrap(() -> ui.werkbank().actions().forMeeting(meetingId))
                .onSuccess(lists -> {
                    // Reviewed rows stay in the list with their new status until the step is opened again.
                    List<ActionRow> open = lists.toReview();
                    review.removeIf(row -> row.action().status() == ActionStatus.OPEN
                            && open.stream().noneMatch(o -> o.action().id().equals(row.action().id())));
                    for (ActionRow row : open) {
                        if (review.stream().noneMatch(r -> r.action().id().equals(row.action().id()))) {
                            review.add(row);
                        }
                    }
                    made.setAll(lists.made());
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /** Gedaan, nog open (with a new due date or the old one), vervallen. */
    public void review(ActionRow row, ActionStatus status, LocalDate due) {
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> ui.werkbank().actions().review(row.action().id(), status, due))
                .onSuccess(changed -> {
                    review.replaceAll(r -> r.action().id().equals(changed.action().id()) ? changed : r);
                    ui.saveStatus().saved();
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    public void add() {
        edit(ActionItem.create(meetingId, null, null, "", null, List.of()));
    }

    public void edit(ActionItem action) {
        new ActionDialog(ui, action, owners.get(), ui.werkbank().actions()::save).showAndWait().ifPresent(saved -> {
            ui.saveStatus().saved();
            load();
        });
    }

    public void delete(ActionRow row) {
        ui.deleteAfterConfirm(ui.i18n().tr("action.delete.title"), ui.i18n().tr("action.delete.question", row.action().description()),
                () -> ui.werkbank().actions().delete(row.action().id()), this::load);
    }

    public ObservableList<ActionRow> review() {
        return review;
    }

    public ObservableList<ActionRow> made() {
        return made;
    }

    UiContext ui() {
        return ui;
    }
}
