package nl.werkbank.app.decisions;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.werkbank.app.i18n.Localization;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The guided decision: the seven Deep Democracy steps as pages, each with its question in large type.
 * Every page can be skipped and revisited; Alt+← / Alt+→ move between them.
 */
final class DecisionWizard {

    private final DecisionViewModel vm;
    private final Localization i18n;
    private final Map<DecisionPage, WizardPage> pages = new EnumMap<>(DecisionPage.class);
    private final Map<DecisionPage, ToggleButton> tabs = new EnumMap<>(DecisionPage.class);
    private final BorderPane body = new BorderPane();
    private final Label ask = new Label();
    private final BorderPane root;

    DecisionWizard(DecisionViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        pages.put(DecisionPage.QUESTION, new QuestionPage(vm));
        pages.put(DecisionPage.PERSPECTIVES, new PerspectivesPage(vm));
        pages.put(DecisionPage.SAFE_NO, new SafeNoPage(vm));
        pages.put(DecisionPage.SPREAD_NO, new SpreadNoPage(vm));
        pages.put(DecisionPage.VOTE, new VotePage(vm));
        pages.put(DecisionPage.MINORITY, new MinorityPage(vm));
        pages.put(DecisionPage.OUTCOME, new OutcomePage(vm));
        ask.setId("decision-ask");
        ask.getStyleClass().addAll(Styles.TITLE_2, "decision-ask");
        ask.setWrapText(true);
        ask.setMinHeight(Region.USE_PREF_SIZE);
        Label round = new Label();
        round.setId("decision-round");
        round.getStyleClass().addAll(Styles.TITLE_4, Styles.ACCENT);
        round.setMinWidth(Region.USE_PREF_SIZE);
        round.textProperty().bind(Bindings.createStringBinding(() -> vm.decision().get() == null ? ""
                : i18n.tr("decision.round", vm.decision().get().round()), vm.decision()));
        HBox.setHgrow(ask, Priority.ALWAYS);
        ask.setMaxWidth(Double.MAX_VALUE);
        HBox askLine = new HBox(12, ask, round);
        askLine.setAlignment(Pos.CENTER_LEFT);
        root = new BorderPane(new VBox(12, askLine, body));
        VBox.setVgrow(body, Priority.ALWAYS);
        root.setTop(tabs());
        root.setBottom(footer());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        vm.page().addListener((obs, old, now) -> show(old, now));
        vm.decision().addListener((obs, old, now) -> refresh());
        ListChangeListener<Object> changed = change -> refresh();
        vm.perspectives().addListener(changed);
        vm.alternatives().addListener(changed);
        vm.votes().addListener(changed);
        vm.conditions().addListener(changed);
        vm.actions().addListener(changed);
        show(null, vm.page().get());
    }

    /** The steps as tabs that wrap onto a second line on small screens, so no name is cut off. */
    private Node tabs() {
        FlowPane box = new FlowPane(4, 4);
        ToggleGroup group = new ToggleGroup();
        for (DecisionPage page : DecisionPage.values()) {
            ToggleButton tab = new ToggleButton((page.ordinal() + 1) + " " + i18n.tr(page));
            tab.setId("decision-page-" + page.name().toLowerCase());
            tab.setToggleGroup(group);
            tab.setMinWidth(Region.USE_PREF_SIZE);
            tab.getStyleClass().add(Styles.SMALL);
            tab.setOnAction(event -> vm.page().set(page));
            if (page != DecisionPage.QUESTION) {
                tab.disableProperty().bind(vm.decision().isNull());
            }
            tabs.put(page, tab);
            box.getChildren().add(tab);
        }
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private Node footer() {
        Button previous = new Button(i18n.tr("decision.previous"), new FontIcon(Feather.CHEVRON_LEFT));
        previous.setId("decision-previous");
        previous.setOnAction(event -> vm.page().set(vm.page().get().previous()));
        previous.disableProperty().bind(vm.page().isEqualTo(DecisionPage.QUESTION));
        Button next = new Button(i18n.tr("decision.next"), new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("decision-next");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setOnAction(event -> vm.page().set(vm.page().get().next()));
        next.disableProperty().bind(vm.page().isEqualTo(DecisionPage.OUTCOME).or(vm.decision().isNull()));
        Label hint = new Label(i18n.tr("decision.keys"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        // The buttons keep their words; the hint wraps in the room between them.
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, previous, hint, next);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void keys(KeyEvent event) {
        if (event.isAltDown() && event.getCode() == KeyCode.RIGHT && vm.decision().get() != null) {
            vm.page().set(vm.page().get().next());
            event.consume();
        } else if (event.isAltDown() && event.getCode() == KeyCode.LEFT) {
            vm.page().set(vm.page().get().previous());
            event.consume();
        }
    }

    private void show(DecisionPage old, DecisionPage page) {
        if (old != null) {
            pages.get(old).commitPending();
        }
        WizardPage view = pages.get(page);
        body.setCenter(view.node());
        tabs.get(page).setSelected(true);
        ask.setText(i18n.tr("decision.ask." + page.name()));
        view.refresh();
        nl.werkbank.app.fx.Focus.on(view.focus(), root);
    }

    private void refresh() {
        pages.get(vm.page().get()).refresh();
        vm.updateBeamer();
    }

    /** Puts the cursor where typing starts on the page shown. */
    void focusPage() {
        nl.werkbank.app.fx.Focus.on(pages.get(vm.page().get()).focus(), root);
    }

    void commitPending() {
        pages.get(vm.page().get()).commitPending();
    }

    Node node() {
        return root;
    }
}
