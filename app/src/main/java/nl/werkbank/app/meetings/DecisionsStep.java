package nl.werkbank.app.meetings;

import javafx.scene.Node;
import nl.werkbank.app.decisions.DecisionViewModel;
import nl.werkbank.app.decisions.DecisionsPanel;
import nl.werkbank.app.decisions.Participant;

/** Step 6, Besluiten: the guided Deep Democracy decision, with those present as voters. */
final class DecisionsStep implements StepView {

    private final DecisionsPanel panel;

    DecisionsStep(MeetingViewModel vm) {
        DecisionViewModel decisions = new DecisionViewModel(vm.ui(), vm.meetingId(),
                () -> vm.participants().stream().map(line -> new Participant(line.attendance().personId(), line.personName())).toList(),
                (heading, question, lines) -> {
                    vm.beamer().heading.set(heading);
                    vm.beamer().question.set(question);
                    vm.beamer().lines.setAll(lines);
                });
        panel = new DecisionsPanel(decisions);
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

    @Override
    public void commitPending() {
        panel.commitPending();
    }
}
