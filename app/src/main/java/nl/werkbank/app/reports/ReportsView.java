package nl.werkbank.app.reports;

import javafx.scene.Node;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.main.Screen;

/** Rapportages: not built yet; the screen says so plainly instead of pretending. */
public final class ReportsView implements Screen {

    private final Node root;

    public ReportsView(Localization i18n) {
        root = MasterDetail.emptyState(i18n.tr("reports.placeholder"));
        root.setId("reports-screen");
    }

    @Override
    public Node node() {
        return root;
    }
}
