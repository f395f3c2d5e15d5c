package nl.werkbank.app.decisions;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.Vote;
import nl.werkbank.core.decisions.VoteChoice;
import nl.werkbank.core.decisions.VoteOutcome;
import nl.werkbank.core.decisions.VoteRules;

/**
 * Step 5: the vote. Three big counters (+ / − / onthouding) that never go past the number present, or a vote
 * per person. The outcome shows at once; without a majority: next round or postpone.
 */
final class VotePage implements WizardPage {

    private final DecisionViewModel vm;
    private final Localization i18n;
    private final TextField option = new TextField();
    private final IntegerProperty votesFor = new SimpleIntegerProperty();
    private final IntegerProperty against = new SimpleIntegerProperty();
    private final IntegerProperty abstain = new SimpleIntegerProperty();
    private final CheckBox perPerson;
    private final GridPane ballots = new GridPane();
    private final Map<UUID, ChoiceBox<VoteChoice>> choices = new LinkedHashMap<>();
    private final Label outcome = new Label();
    private final Label present = new Label();
    private final Button nextRound;
    private final Button postpone;
    private final HBox counters;
    private final ScrollPane ballotPane;
    private final VBox options = new VBox(4);
    private final Button newOption;
    private boolean filling;
    private final VBox root;

    VotePage(DecisionViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        option.setId("vote-option");
        HBox.setHgrow(option, javafx.scene.layout.Priority.ALWAYS);
        option.setPromptText(i18n.tr("decision.vote.option"));
        option.setOnAction(event -> store());
        counters = new HBox(12, counter("vote-for", "decision.vote.for", votesFor), counter("vote-against", "decision.vote.against", against),
                counter("vote-abstain", "decision.vote.abstain", abstain));
        counters.setAlignment(Pos.CENTER_LEFT);
        perPerson = new CheckBox(i18n.tr("decision.vote.perPerson"));
        perPerson.setId("vote-per-person");
        perPerson.setOnAction(event -> showMode());
        ballots.setHgap(12);
        ballots.setVgap(4);
        ballotPane = new ScrollPane(ballots);
        ballotPane.setFitToWidth(true);
        ballotPane.setPrefViewportHeight(220);
        outcome.setId("vote-outcome");
        outcome.getStyleClass().addAll(Styles.TITLE_3, "vote-outcome");
        outcome.setWrapText(true);
        present.setId("vote-present");
        nextRound = new Button();
        nextRound.setId("vote-next-round");
        nextRound.setOnAction(event -> vm.nextRound());
        postpone = new Button(i18n.tr("decision.postpone"));
        postpone.setId("vote-postpone");
        postpone.setOnAction(event -> vm.postpone());
        newOption = new Button(i18n.tr("decision.vote.newOption"));
        newOption.setId("vote-new-option");
        newOption.setOnAction(event -> {
            vm.newOption();
            refresh();
            option.requestFocus();
        });
        options.setId("vote-options");
        HBox noMajority = new HBox(8, nextRound, postpone);
        noMajority.visibleProperty().bind(nextRound.visibleProperty());
        noMajority.managedProperty().bind(nextRound.visibleProperty());
        Label keys = Forms.muted(new Label(i18n.tr("decision.vote.keys")));
        keys.setId("vote-keys");
        keys.setWrapText(true);
        // The counters take the focus so the number keys count; a focus ring shows where the keys go.
        counters.setFocusTraversable(true);
        counters.getStyleClass().add("vote-counters");
        root = new VBox(12, options, new HBox(8, option, newOption), present, perPerson, Forms.withError(counters, vm.errors().of("votes")),
                keys, ballotPane, outcome, noMajority);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::countKey);
        nl.werkbank.app.fx.Keys.alt(root, javafx.scene.input.KeyCode.R, () -> {
            if (nextRound.isVisible()) {
                vm.nextRound();
            }
        });
        nl.werkbank.app.fx.Keys.alt(root, javafx.scene.input.KeyCode.U, vm::postpone);
        showMode();
    }

    private Node counter(String id, String labelKey, IntegerProperty value) {
        Label title = new Label(i18n.tr(labelKey));
        title.getStyleClass().add(Styles.TITLE_4);
        Label number = new Label();
        number.setId(id + "-count");
        number.getStyleClass().add("vote-count");
        number.textProperty().bind(value.asString());
        Button minus = new Button("−");
        minus.setId(id + "-minus");
        minus.setAccessibleText(i18n.tr(labelKey) + " −1");
        minus.disableProperty().bind(value.lessThanOrEqualTo(0));
        minus.setOnAction(event -> change(value, -1));
        Button plus = new Button("+");
        plus.setId(id + "-plus");
        plus.setAccessibleText(i18n.tr(labelKey) + " +1");
        plus.disableProperty().bind(votesFor.add(against).add(abstain).greaterThanOrEqualTo(vm.entitled()));
        plus.setOnAction(event -> change(value, 1));
        minus.getStyleClass().add("vote-button");
        plus.getStyleClass().addAll("vote-button", Styles.ACCENT);
        HBox buttons = new HBox(6, minus, number, plus);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(6, title, buttons);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("vote-counter");
        return box;
    }

    /**
     * 1, 2 and 3 add a vote for, against or abstaining; with Shift they take one back. Not while typing the option,
     * and never past the number present.
     */
    private void countKey(javafx.scene.input.KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || perPerson.isSelected()
                || nl.werkbank.app.fx.Keys.typing(root.getScene() == null ? null : root.getScene().getFocusOwner())) {
            return;
        }
        IntegerProperty value = switch (event.getCode()) {
            case DIGIT1, NUMPAD1 -> votesFor;
            case DIGIT2, NUMPAD2 -> against;
            case DIGIT3, NUMPAD3 -> abstain;
            default -> null;
        };
        if (value == null) {
            return;
        }
        event.consume();
        if (event.isShiftDown()) {
            if (value.get() > 0) {
                change(value, -1);
            }
        } else if (votesFor.get() + against.get() + abstain.get() < vm.entitled().get()) {
            change(value, 1);
        } else {
            vm.errors().of("votes").set(i18n.tr("decision.vote.full", vm.entitled().get()));
        }
    }

    private void change(IntegerProperty value, int delta) {
        value.set(Math.max(0, value.get() + delta));
        store();
    }

    private void store() {
        if (filling || vm.decision().get() == null) {
            return;
        }
        if (perPerson.isSelected()) {
            Map<UUID, VoteChoice> chosen = new LinkedHashMap<>();
            choices.forEach((person, box) -> {
                if (box.getValue() != null) {
                    chosen.put(person, box.getValue());
                }
            });
            vm.setBallots(option.getText(), chosen);
        } else {
            vm.setCounts(option.getText(), votesFor.get(), against.get(), abstain.get());
        }
        showOutcome();
    }

    private void showMode() {
        boolean names = perPerson.isSelected();
        ballotPane.setVisible(names);
        ballotPane.setManaged(names);
        counters.setDisable(names);
        if (names) {
            fillBallots();
        }
    }

    private void fillBallots() {
        ballots.getChildren().clear();
        choices.clear();
        Vote vote = vm.currentVote();
        Map<UUID, VoteChoice> known = vote == null || !vote.perPerson() ? Map.of() : vm.ballots();
        int row = 0;
        for (Participant participant : vm.participants()) {
            ChoiceBox<VoteChoice> box = new ChoiceBox<>();
            box.getItems().addAll(null, VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.ABSTAIN);
            box.setConverter(Forms.converter(c -> c == null ? "—" : i18n.tr(c)));
            box.setValue(known.get(participant.personId()));
            box.setOnAction(event -> store());
            choices.put(participant.personId(), box);
            ballots.addRow(row++, new Label(participant.name()), box);
        }
    }

    private void showOutcome() {
        int cast = votesFor.get() + against.get();
        VoteOutcome result = VoteRules.outcome(votesFor.get(), against.get());
        boolean anyVote = cast + abstain.get() > 0;
        outcome.setText(anyVote ? i18n.tr("decision.outcome." + result.name(), vm.decision().get().round() + 1) : "");
        outcome.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("majority"), result.majority());
        nextRound.setText(i18n.tr("decision.nextRound", vm.decision().get().round() + 1));
        boolean majorityOnSomeOption = vm.roundVotes().stream().anyMatch(v -> v.outcome().majority());
        nextRound.setVisible(anyVote && !result.majority() && !majorityOnSomeOption);
    }

    /** The other options of this round, each with its result; clicking one corrects it. */
    private void showOptions() {
        options.getChildren().clear();
        List<Vote> round = vm.roundVotes();
        Vote current = vm.currentVote();
        if (round.size() < 2 && !vm.addingOption()) {
            options.setManaged(false);
            options.setVisible(false);
            return;
        }
        options.setManaged(true);
        options.setVisible(true);
        Label title = new Label(i18n.tr("decision.vote.options"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        options.getChildren().add(title);
        for (Vote vote : round) {
            String name = vote.option() == null ? vm.decision().get().question() : vote.option();
            Button line = new Button(i18n.tr("decision.vote.optionLine", name, DecisionTexts.vote(vote, i18n)));
            line.getStyleClass().addAll(Styles.FLAT, "vote-option-line");
            line.setMaxWidth(Double.MAX_VALUE);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setWrapText(true);
            line.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), current != null && vote.id().equals(current.id()));
            line.setOnAction(event -> vm.chooseOption(vote));
            options.getChildren().add(line);
        }
    }

    @Override
    public void refresh() {
        if (vm.decision().get() == null) {
            return;
        }
        filling = true;
        Vote vote = vm.currentVote();
        votesFor.set(vote == null ? 0 : vote.votesFor());
        against.set(vote == null ? 0 : vote.votesAgainst());
        abstain.set(vote == null ? 0 : vote.abstentions());
        if (!option.isFocused()) {
            option.setText(vote == null || vote.option() == null ? "" : vote.option());
        }
        perPerson.setSelected(vote != null && vote.perPerson());
        present.setText(i18n.tr("decision.vote.present", vm.entitled().get(), vm.decision().get().round()));
        newOption.setDisable(vote == null);
        filling = false;
        showOptions();
        showMode();
        showOutcome();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node focus() {
        return counters;
    }

    @Override
    public void commitPending() {
        Vote vote = vm.currentVote();
        String typed = option.getText().isBlank() ? null : option.getText().strip();
        boolean typedNewOption = vote == null && vm.addingOption() && typed != null;
        if (typedNewOption || vote != null && !java.util.Objects.equals(typed, vote.option())) {
            store();
        }
    }
}
