package nl.werkbank.app.meetings;

import javafx.scene.Node;
import nl.werkbank.app.actions.ActionDialog;
import nl.werkbank.app.actions.MeetingActionsPanel;
import nl.werkbank.app.actions.MeetingActionsViewModel;

/** Step 4, Acties: last time's open actions for a quick review, and the actions made today. */
final class ActionsStep implements StepView {

    private final MeetingActionsPanel panel;

    ActionsStep(MeetingViewModel vm) {
        // Owners: everyone on the presentielijst (members and guests).
        panel = new MeetingActionsPanel(new MeetingActionsViewModel(vm.ui(), vm.meetingId(),
                () -> vm.lines().stream().map(line -> new ActionDialog.Owner(line.attendance().personId(), line.personName()))
                        .toList()));
    }

    @Override
    public Node node() {
        return panel.node();
    }

    @Override
    public void shown() {
        panel.shown();
    }

    @Override
    public void createNew() {
        panel.createNew();
    }
}
