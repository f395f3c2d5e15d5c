package nl.werkbank.app.meetings;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Screen;
import nl.werkbank.app.fx.TimeText;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.meetings.Meeting;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The meeting screen: steps on the left (Ctrl+1…8, or …9 with evaluation rounds), the step in the middle, who is here on the right,
 * F5 for the beamer. Used live, so everything is reachable from the keyboard.
 */
public final class MeetingView implements Screen {

    private final MeetingViewModel vm;
    private final Localization i18n;
    private final Map<MeetingStep, StepView> steps = new EnumMap<>(MeetingStep.class);
    private final Map<MeetingStep, ToggleButton> rail = new EnumMap<>(MeetingStep.class);
    private final StackPane center = new StackPane();
    private final BeamerWindow beamer;
    private final BorderPane root;
    private Runnable leave;

    public MeetingView(MeetingViewModel vm, Runnable back) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        this.beamer = new BeamerWindow(vm.beamer(), i18n, vm.ui().window(), vm.ui().settings()::getBeamerScreen);
        root = new BorderPane(center);
        root.setId("meeting-screen");
        root.setTop(header(back));
        root.setLeft(rail());
        root.setRight(new PresencePanel(vm, this::popcorn).node());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        // A handler, not a filter: an open list or a field that uses Escape itself goes first.
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !event.isShortcutDown()) {
                leave.run();
                event.consume();
            }
        });
        vm.step().addListener((obs, old, now) -> show(old, now));
    }

    private Node header(Runnable back) {
        Button backButton = new Button(i18n.tr("meeting.back"), new FontIcon(Feather.ARROW_LEFT));
        backButton.setId("meeting-back");
        backButton.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("meeting.back.tooltip")));
        backButton.getStyleClass().add(Styles.FLAT);
        leave = () -> {
            commitPending();
            vm.beamer().showing.set(false);
            beamer.hide();
            back.run();
        };
        backButton.setOnAction(event -> leave.run());
        Label title = new Label();
        title.setId("meeting-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.editor().current().get()),
                vm.editor().current(), vm.teamName()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToggleButton beamerButton = new ToggleButton(i18n.tr("beamer.toggle"), new FontIcon(Feather.MONITOR));
        beamerButton.setId("beamer-toggle");
        beamerButton.selectedProperty().bindBidirectional(vm.beamer().showing);
        vm.beamer().showing.addListener((obs, was, now) -> {
            if (now) {
                beamer.show();
            } else {
                beamer.hide();
            }
        });
        HBox header = new HBox(12, backButton, title, spacer, beamerButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 16, 8, 8));
        header.getStyleClass().add("meeting-header");
        return header;
    }

    private String describe(Meeting meeting) {
        if (meeting == null) {
            return "";
        }
        String who = meeting.title() != null ? meeting.title()
                : vm.teamName().get() != null && !vm.teamName().get().isEmpty() ? vm.teamName().get() : i18n.tr(meeting.type());
        return i18n.tr("meeting.header", who, i18n.weekday(meeting.date()), i18n.date(meeting.date()),
                TimeText.format(meeting.start()), TimeText.format(meeting.end()));
    }

    private Node rail() {
        VBox box = new VBox(4);
        box.setPadding(new Insets(12, 8, 12, 8));
        box.setPrefWidth(190);
        box.getStyleClass().add("navigation");
        ToggleGroup group = new ToggleGroup();
        for (MeetingStep step : MeetingStep.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("step-" + step.name().toLowerCase());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setOnAction(event -> vm.step().set(step));
            button.managedProperty().bind(button.visibleProperty());
            rail.put(step, button);
            box.getChildren().add(button);
        }
        // The type decides which steps there are (and so their numbers); it can change in Voorbereiding.
        vm.editor().type.addListener((obs, old, now) -> numberSteps());
        numberSteps();
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return box;
    }

    private void numberSteps() {
        List<MeetingStep> shown = MeetingStep.of(vm.editor().type.get());
        rail.forEach((step, button) -> {
            int number = shown.indexOf(step) + 1;
            button.setVisible(number > 0);
            button.setText(number + "  " + i18n.tr("step." + step.name()));
        });
        if (!shown.contains(vm.step().get())) {
            vm.step().set(MeetingStep.PREPARATION);
        }
    }

    private void shortcut(KeyEvent event) {
        if (event.getCode() == KeyCode.F5) {
            vm.beamer().showing.set(!vm.beamer().showing.get());
            event.consume();
            return;
        }
        if (event.isShortcutDown() && event.getCode() == KeyCode.Z && vm.step().get() == MeetingStep.ATTENDANCE) {
            vm.undoStatus();
            event.consume();
            return;
        }
        if (event.isShortcutDown() && event.getCode().name().matches("DIGIT[1-9]")) {
            List<MeetingStep> shown = MeetingStep.of(vm.editor().type.get());
            int number = event.getCode().name().charAt(5) - '0';
            if (number >= 1 && number <= shown.size()) {
                vm.step().set(shown.get(number - 1));
                event.consume();
            }
        }
    }

    private void popcorn(nl.werkbank.core.meetings.AttendanceLine line) {
        if (vm.step().get() == MeetingStep.CHECK_IN) {
            vm.checkInRound().choose(line);
        } else if (vm.step().get() == MeetingStep.CHECK_OUT) {
            vm.checkOutRound().choose(line);
        } else if (vm.step().get() == MeetingStep.EVALUATION) {
            vm.evaluationRound().choose(line);
        }
    }

    private void show(MeetingStep old, MeetingStep step) {
        if (old != null && steps.containsKey(old)) {
            steps.get(old).commitPending();
        }
        StepView view = steps.computeIfAbsent(step, this::create);
        center.getChildren().setAll(view.node());
        rail.get(step).setSelected(true);
        beamerFor(step);
        view.shown();
    }

    /**
     * The beamer shows only the step on screen: its name, and the check-in or closing question during those rounds.
     * Speaker, timer, agenda item and decision lines of an earlier step go; the step itself puts back its own.
     */
    private void beamerFor(MeetingStep step) {
        BeamerModel beamerModel = vm.beamer();
        beamerModel.heading.set(i18n.tr("step." + step.name()));
        beamerModel.lines.clear();
        beamerModel.speaker(null, null);
        beamerModel.agendaItem.set("");
        String checkIn = vm.editor().question.get() == null ? "" : vm.editor().question.get();
        beamerModel.question.set(step == MeetingStep.CHECK_IN ? checkIn
                : step == MeetingStep.CHECK_OUT ? vm.checkOutQuestion()
                : step == MeetingStep.EVALUATION ? i18n.tr(vm.evaluationRound().question.get()) : "");
    }

    private StepView create(MeetingStep step) {
        return switch (step) {
            case PREPARATION -> new PreparationStep(vm);
            case ATTENDANCE -> new AttendanceStep(vm);
            case CHECK_IN -> new RoundStep(vm, vm.checkInRound());
            case AGENDA -> new AgendaStep(vm);
            case CHECK_OUT -> new RoundStep(vm, vm.checkOutRound());
            case EVALUATION -> new RoundStep(vm, vm.evaluationRound());
            case ACTIONS -> new ActionsStep(vm);
            case DECISIONS -> new DecisionsStep(vm);
            case REPORT -> new ReportStep(vm);
        };
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.load();
        show(null, vm.step().get());
    }

    @Override
    public void createNew() {
        StepView view = steps.get(vm.step().get());
        if (view != null) {
            view.createNew();
        }
    }

    @Override
    public void commitPending() {
        StepView view = steps.get(vm.step().get());
        if (view != null) {
            view.commitPending();
        }
        vm.editor().commit();
    }

    /** Closes the beamer window with the meeting. */
    public void close() {
        beamer.hide();
    }
}
