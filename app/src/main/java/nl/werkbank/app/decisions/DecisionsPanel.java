package nl.werkbank.app.decisions;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.Decision;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Besluiten step of a meeting: this meeting's decisions and the team's postponed ones on the left
 * (new, open, resume), the guided decision on the right.
 */
public final class DecisionsPanel {

    private final DecisionViewModel vm;
    private final DecisionWizard wizard;
    private final SplitPane root;
    private final Runnable startNew;

    public DecisionsPanel(DecisionViewModel vm) {
        this.vm = vm;
        Localization i18n = vm.ui().i18n();
        wizard = new DecisionWizard(vm);
        ListView<Decision> here = list(vm, vm.decisions(), "decision.none");
        here.setId("decision-list");
        here.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (vm.decision().get() == null || !vm.decision().get().id().equals(now.id()))) {
                vm.open(now);
            }
        });
        Button create = MasterDetail.iconButton(Feather.PLUS, i18n.tr("decision.new"));
        create.setId("decision-new");
        startNew = () -> {
            wizard.commitPending();
            here.getSelectionModel().clearSelection();
            vm.decision().set(null);
            vm.page().set(DecisionPage.QUESTION);
            wizard.focusPage();
        };
        create.setOnAction(event -> startNew.run());
        ListView<Decision> resumable = list(vm, vm.toResume(), "decision.resume.none");
        resumable.setId("decision-resumable");
        resumable.setPrefHeight(140);
        Button resume = MasterDetail.iconButton(Feather.ROTATE_CCW, i18n.tr("decision.resume"));
        resume.setId("decision-resume");
        resume.disableProperty().bind(resumable.getSelectionModel().selectedItemProperty().isNull());
        resume.setOnAction(event -> vm.resume(resumable.getSelectionModel().getSelectedItem()));
        create.setMaxWidth(Double.MAX_VALUE);
        resume.setMaxWidth(Double.MAX_VALUE);
        VBox left = new VBox(6, heading(i18n.tr("decision.here")), create, here, heading(i18n.tr("decision.resumable")),
                resumable, resume);
        VBox.setVgrow(here, Priority.ALWAYS);
        left.setPadding(new Insets(0, 8, 0, 0));
        left.setMinWidth(220);
        VBox right = new VBox(wizard.node());
        VBox.setVgrow(wizard.node(), Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 12));
        root = new SplitPane(left, right);
        focusWhenLoaded();
        root.setDividerPositions(0.27);
        root.setPadding(new Insets(12, 16, 12, 16));
        vm.decision().addListener((obs, old, now) -> {
            if (now != null) {
                vm.decisions().stream().filter(d -> d.id().equals(now.id())).findFirst()
                        .ifPresent(d -> here.getSelectionModel().select(d));
            }
        });
    }

    private static Label heading(String text) {
        Label label = MasterDetail.section(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static ListView<Decision> list(DecisionViewModel vm, javafx.collections.ObservableList<Decision> items, String empty) {
        Localization i18n = vm.ui().i18n();
        ListView<Decision> list = new ListView<>(items);
        Label placeholder = new Label(i18n.tr(empty));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Decision decision, boolean empty) {
                super.updateItem(decision, empty);
                setText(null);
                if (empty || decision == null) {
                    setGraphic(null);
                    return;
                }
                // A wrapping label bound to the list's width: long questions show in full.
                Label text = new Label(DecisionTexts.title(decision, i18n));
                text.setWrapText(true);
                text.maxWidthProperty().bind(list.widthProperty().subtract(30));
                setGraphic(text);
            }
        });
        return list;
    }

    public Node node() {
        return root;
    }

    public void shown() {
        vm.load();
        vm.updateBeamer();
        wizard.focusPage();
    }

    /** Once the decisions are loaded (in the background), the cursor goes where the page shown wants it. */
    private void focusWhenLoaded() {
        vm.decisions().addListener((javafx.collections.ListChangeListener<Decision>) change -> {
            if (root.getScene() != null) {
                wizard.focusPage();
            }
        });
    }

    /** Ctrl+N: a new decision, with the cursor in its question. */
    public void createNew() {
        startNew.run();
    }

    public void commitPending() {
        wizard.commitPending();
    }
}
