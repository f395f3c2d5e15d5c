package nl.werkbank.app.meetings;

import javafx.scene.Node;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.main.Screen;

/** Bijeenkomsten: not built yet; the screen says so plainly instead of pretending. */
public final class MeetingsView implements Screen {

    private final Node root;

    public MeetingsView(Localization i18n) {
        root = MasterDetail.emptyState(i18n.tr("meetings.placeholder"));
        root.setId("meetings-screen");
    }

    @Override
    public Node node() {
        return root;
    }
}
