package nl.werkbank.app.meetings;

import javafx.scene.Node;
import nl.werkbank.app.fx.MasterDetail;

/** A step that is not built yet says so plainly. */
final class PlaceholderStep implements StepView {

    private final Node root;

    PlaceholderStep(String message) {
        root = MasterDetail.emptyState(message);
    }

    @Override
    public Node node() {
        return root;
    }
}
