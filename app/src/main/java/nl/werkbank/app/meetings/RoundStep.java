package nl.werkbank.app.meetings;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.meetings.EvaluationQuestion;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The check-in or closing round, one person at a time: type, Enter, next. Ctrl+P passes, Alt+P marks the entry
 * private, Alt+1…5 sets the energy; clicking a name on the right lets someone else go next (popcorn).
 */
final class RoundStep implements StepView {

    private final MeetingViewModel vm;
    private final RoundViewModel round;
    private final Localization i18n;
    private final TextField text = new TextField();
    private final TextField intention = new TextField();
    private final ToggleGroup energy = new ToggleGroup();
    private final Button nextQuestion = new Button();
    private LearningNotesPanel notes;
    private final VBox root;

    RoundStep(MeetingViewModel vm, RoundViewModel round) {
        this.vm = vm;
        this.round = round;
        this.i18n = vm.ui().i18n();
        boolean checkIn = round.kind() == RoundViewModel.Kind.CHECK_IN;
        boolean evaluation = round.kind() == RoundViewModel.Kind.EVALUATION;

        Label question = new Label();
        question.setId("round-question");
        question.setWrapText(true);
        question.getStyleClass().add(Styles.TITLE_3);
        if (checkIn) {
            question.textProperty().bind(Bindings.createStringBinding(() -> i18n.tr("round.question",
                    vm.editor().question.get()), vm.editor().question));
        } else if (evaluation) {
            question.textProperty().bind(Bindings.createStringBinding(() -> i18n.tr(round.question.get()), round.question));
            round.question.addListener((obs, old, now) -> vm.beamer().question.set(i18n.tr(now)));
        } else {
            question.textProperty().bind(Bindings.createStringBinding(() -> i18n.tr("round.question.checkOut",
                    vm.checkOutQuestion()), vm.editor().checkOutQuestion));
        }
        Button other = new Button(i18n.tr("round.otherQuestion"), new FontIcon(Feather.REFRESH_CW));
        other.setMinWidth(Region.USE_PREF_SIZE);
        other.setVisible(checkIn);
        other.setManaged(checkIn);
        other.setOnAction(event -> vm.otherQuestion());
        Label timer = new Label();
        timer.setId("round-timer");
        timer.getStyleClass().add(Styles.TITLE_3);
        timer.textProperty().bind(new SpeakerTimer(vm.beamer().speakerSince).text());
        timer.setGraphic(new FontIcon(Feather.CLOCK));
        timer.setMinWidth(Region.USE_PREF_SIZE);
        timer.visibleProperty().bind(timer.textProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, question, spacer, other, timer);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(question, Priority.SOMETIMES);

        Label progress = Forms.muted(new Label());
        progress.setId("round-progress");
        progress.textProperty().bind(Bindings.createStringBinding(this::progress, round.current, vm.lines(),
                checkIn ? vm.checkIns() : evaluation ? vm.evaluationAnswers() : vm.checkOuts(), round.question));

        root = new VBox(12, top);
        if (evaluation) {
            root.getChildren().add(questions());
        }
        root.getChildren().addAll(progress, card(checkIn), finished());
        root.setPadding(new Insets(16, 20, 16, 20));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    private Node card(boolean checkIn) {
        Label name = new Label();
        name.setId("round-person");
        name.getStyleClass().add(Styles.TITLE_2);
        name.textProperty().bind(Bindings.createStringBinding(() -> round.current.get() == null ? ""
                : round.current.get().personName() + (round.current.get().organizationName() == null ? ""
                : " · " + round.current.get().organizationName()), round.current));
        Label previous = new Label();
        previous.setId("round-previous");
        previous.setWrapText(true);
        previous.getStyleClass().addAll("previous-intention");
        previous.textProperty().bind(Bindings.createStringBinding(() -> round.previous.get().isEmpty() ? ""
                : i18n.tr("round.previous", round.previous.get()), round.previous));
        previous.visibleProperty().bind(round.previous.isNotEmpty().and(Bindings.createBooleanBinding(() -> checkIn)));
        previous.managedProperty().bind(previous.visibleProperty());

        text.setId("round-text");
        text.setPromptText(i18n.tr(checkIn ? "round.text.prompt"
                : round.kind() == RoundViewModel.Kind.EVALUATION ? "round.answer.prompt" : "round.takeaway.prompt"));
        text.textProperty().bindBidirectional(round.text);
        text.setOnAction(event -> {
            if (round.kind() != RoundViewModel.Kind.CHECK_OUT) {
                next();
            } else {
                intention.requestFocus();
            }
        });
        intention.setId("round-intention");
        intention.setPromptText(i18n.tr("round.intention.prompt"));
        intention.textProperty().bindBidirectional(round.intention);
        intention.setOnAction(event -> next());
        boolean checkOut = round.kind() == RoundViewModel.Kind.CHECK_OUT;
        intention.setVisible(checkOut);
        intention.setManaged(checkOut);

        HBox energyRow = new HBox(4, Forms.muted(new Label(i18n.tr("round.energy"))));
        energyRow.setAlignment(Pos.CENTER_LEFT);
        for (int level = 1; level <= 5; level++) {
            ToggleButton button = new ToggleButton(Integer.toString(level));
            button.setId("round-energy-" + level);
            button.setUserData(level);
            button.setToggleGroup(energy);
            button.setFocusTraversable(false);
            energyRow.getChildren().add(button);
        }
        energy.selectedToggleProperty().addListener((obs, old, now) ->
                round.energy.set(now == null ? null : (Integer) now.getUserData()));
        round.energy.addListener((obs, old, now) -> energy.getToggles().forEach(t -> t.setSelected(now != null && now.equals(t.getUserData()))));
        energyRow.setVisible(checkIn);
        energyRow.setManaged(checkIn);

        CheckBox privateEntry = new CheckBox(i18n.tr("round.private"));
        privateEntry.setId("round-private");
        privateEntry.selectedProperty().bindBidirectional(round.privateEntry);

        Button pass = new Button(i18n.tr("round.pass"));
        pass.setId("round-pass");
        pass.setOnAction(event -> pass());
        Button next = new Button(i18n.tr("round.next"), new FontIcon(Feather.CORNER_DOWN_LEFT));
        next.setId("round-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.setOnAction(event -> next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, energyRow, privateEntry, spacer, pass, next);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label keys = Forms.muted(new Label(i18n.tr("round.keys." + switch (round.kind()) {
            case CHECK_IN -> "checkIn";
            case CHECK_OUT -> "checkOut";
            case EVALUATION -> "evaluation";
        })));
        keys.setId("round-keys");
        keys.setWrapText(true);
        VBox card = new VBox(10, name, previous, text, intention, actions, keys);
        card.getStyleClass().add("round-card");
        card.setPadding(new Insets(16));
        card.visibleProperty().bind(round.current.isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    /** Evaluation: the three questions, one round each; the one being asked is selected. */
    private Node questions() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(4);
        row.setId("evaluation-questions");
        for (EvaluationQuestion asked : EvaluationQuestion.values()) {
            ToggleButton button = new ToggleButton((asked.ordinal() + 1) + ". " + i18n.tr(asked));
            button.setId("evaluation-" + asked.name().toLowerCase());
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            button.setSelected(round.question.get() == asked);
            button.setOnAction(event -> {
                button.setSelected(true);
                ask(asked);
            });
            round.question.addListener((obs, old, now) -> button.setSelected(now == asked));
            row.getChildren().add(button);
        }
        return row;
    }

    private void ask(EvaluationQuestion next) {
        round.ask(next);
        focusText();
    }

    private Node finished() {
        boolean evaluation = round.kind() == RoundViewModel.Kind.EVALUATION;
        Label done = new Label(i18n.tr(switch (round.kind()) {
            case CHECK_IN -> "round.finished";
            case CHECK_OUT -> "round.finished.checkOut";
            case EVALUATION -> "round.finished.evaluation";
        }));
        done.setId("round-finished");
        done.getStyleClass().add(Styles.TITLE_4);
        done.setWrapText(true);
        VBox box = new VBox(8, done);
        if (evaluation) {
            nextQuestion.setText(i18n.tr("round.nextQuestion"));
            nextQuestion.setGraphic(new FontIcon(Feather.ARROW_RIGHT));
            nextQuestion.setId("evaluation-next-question");
            nextQuestion.getStyleClass().add(Styles.ACCENT);
            nextQuestion.setOnAction(event -> ask(EvaluationQuestion.values()[round.question.get().ordinal() + 1]));
            nextQuestion.visibleProperty().bind(round.finished.and(Bindings.createBooleanBinding(
                    () -> round.question.get().ordinal() + 1 < EvaluationQuestion.values().length, round.question)));
            nextQuestion.managedProperty().bind(nextQuestion.visibleProperty());
            box.getChildren().add(nextQuestion);
        }
        if (round.kind() == RoundViewModel.Kind.CHECK_OUT) {
            notes = new LearningNotesPanel(vm);
            box.getChildren().add(notes.node());
        }
        done.visibleProperty().bind(round.finished);
        done.managedProperty().bind(done.visibleProperty());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private String progress() {
        long total = vm.participants().size();
        long done = vm.participants().stream().filter(l -> round.hasEntry(l.attendance().personId())).count();
        return total == 0 ? i18n.tr("round.nobodyPresent") : i18n.tr("round.progress", done, total);
    }

    private void key(KeyEvent event) {
        if (event.isShortcutDown() && event.getCode() == KeyCode.P) {
            pass();
            event.consume();
        } else if (event.isAltDown() && event.getCode() == KeyCode.P) {
            round.privateEntry.set(!round.privateEntry.get());
            event.consume();
        } else if (event.isAltDown() && event.getCode().isDigitKey()) {
            int level = event.getCode().getChar().charAt(0) - '0';
            if (level >= 1 && level <= 5) {
                round.energy.set(level);
                event.consume();
            }
        }
    }

    private void next() {
        round.next();
        focusText();
    }

    private void pass() {
        round.pass();
        focusText();
    }

    /**
     * The cursor in the text; once everyone has been, on the step itself (not on a button a key would press), or for
     * an evaluation on "next question", so Enter goes on to the next round.
     */
    private void focusText() {
        nl.werkbank.app.fx.Focus.on(round.current.get() != null ? text : nextQuestion.isVisible() ? nextQuestion : root, root);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        round.start();
        focusText();
    }

    @Override
    public void createNew() {
        if (notes != null) {
            notes.add();
            focusText();
        }
    }

    @Override
    public void commitPending() {
        round.commitPending();
    }
}
