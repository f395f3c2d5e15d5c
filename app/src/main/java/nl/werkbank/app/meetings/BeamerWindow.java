package nl.werkbank.app.meetings;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import nl.werkbank.app.fx.Theme;
import nl.werkbank.app.i18n.Localization;

/**
 * The beamer: a second, full-screen window (on the second screen when there is one) with large, light
 * text on black. It shows only {@link BeamerModel}: never check-in texts, private or not. Focus stays on
 * the laptop, which drives it; F5 or Esc on the beamer itself closes it.
 */
final class BeamerWindow {

    /** The smallest line as a share of the screen height, readable from the back of a room. */
    static final double FONT_SHARE = 0.04;
    private static final double MIN_FONT = 18;
    /** Lines of a decision step shown at once (the newest); more would not fit at this size. */
    private static final int MAX_LINES = 5;

    private final BeamerModel model;
    private final Localization i18n;
    private final Supplier<Window> owner;
    private final Supplier<Integer> chosenScreen;
    private Stage stage;

    BeamerWindow(BeamerModel model, Localization i18n, Supplier<Window> owner, Supplier<Integer> chosenScreen) {
        this.model = model;
        this.i18n = i18n;
        this.owner = owner;
        this.chosenScreen = chosenScreen;
    }

    void show() {
        if (stage == null) {
            stage = build();
        }
        Rectangle2D bounds = screen().getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.show();
        stage.setFullScreen(true);
        // With a real beamer the laptop keeps the keyboard; on one screen the beamer is a preview (F5/Esc back).
        Window laptop = owner.get();
        if (!screen().equals(Screen.getPrimary()) && laptop instanceof Stage main) {
            main.requestFocus();
        }
    }

    void hide() {
        if (stage != null) {
            stage.hide();
        }
    }

    /** The screen chosen in Instellingen; otherwise the second screen if there is one (the beamer), else the only one. */
    private Screen screen() {
        List<Screen> screens = Screen.getScreens();
        Integer chosen = chosenScreen.get();
        if (chosen != null && chosen >= 0 && chosen < screens.size()) {
            return screens.get(chosen);
        }
        return screens.stream().filter(s -> !s.equals(Screen.getPrimary())).findFirst().orElse(Screen.getPrimary());
    }

    private Stage build() {
        Label heading = label("beamer-heading");
        heading.textProperty().bind(model.heading);
        Label question = label("beamer-question");
        question.textProperty().bind(model.question);
        Label speaker = label("beamer-speaker");
        speaker.textProperty().bind(Bindings.createStringBinding(() -> model.speaker.get().isEmpty() ? ""
                : i18n.tr("beamer.turn", model.speaker.get()), model.speaker));
        Label timer = label("beamer-timer");
        timer.textProperty().bind(new SpeakerTimer(model.speakerSince).text());
        Label agenda = label("beamer-agenda");
        agenda.textProperty().bind(Bindings.createStringBinding(() -> model.agendaItem.get().isEmpty() ? ""
                : i18n.tr("beamer.agenda", model.agendaItem.get()), model.agendaItem));
        VBox lines = new VBox(12);
        lines.setId("beamer-lines");
        model.lines.addListener((javafx.collections.ListChangeListener<String>) change -> showLines(lines));
        showLines(lines);
        VBox root = new VBox(heading, question, speaker, timer, agenda, lines);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("beamer");
        root.setId("beamer-root");
        model.lines.addListener((javafx.collections.ListChangeListener<String>) change -> withLines(root));
        withLines(root);

        Stage window = new Stage(StageStyle.UNDECORATED);
        window.setTitle(i18n.tr("beamer.title"));
        Scene scene = new Scene(root, 1280, 720);
        // Text grows with the screen: the root font is 4 % of its height (43 px on 1080 lines), CSS sizes are in em.
        root.styleProperty().bind(Bindings.createStringBinding(() -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                Math.max(MIN_FONT, scene.getHeight() * FONT_SHARE)), scene.heightProperty()));
        root.spacingProperty().bind(scene.heightProperty().multiply(0.03));
        lines.spacingProperty().bind(scene.heightProperty().multiply(0.012));
        Theme.apply(scene);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.F5 || event.getCode() == KeyCode.ESCAPE) {
                model.showing.set(false);
            }
        });
        window.setScene(scene);
        window.setFullScreenExitHint("");
        window.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        window.setOnHidden(event -> model.showing.set(false));
        return window;
    }

    /** The last lines that fit: the newest perspective stays in view while the group is talking. */
    private void showLines(VBox box) {
        int from = Math.max(0, model.lines.size() - MAX_LINES);
        box.getChildren().setAll(model.lines.subList(from, model.lines.size()).stream().map(text -> {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("beamer-line");
            return line;
        }).toList());
    }

    /** A decision step's lines are what the room reads: they get the largest type, the question steps back. */
    private void withLines(VBox root) {
        root.getStyleClass().remove("with-lines");
        if (!model.lines.isEmpty()) {
            root.getStyleClass().add("with-lines");
        }
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(id);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
