package nl.werkbank.app.fx;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Puts the keyboard focus on a node of a screen or step that was just shown. When the previous screen's focused
 * node leaves the scene, JavaFX moves the focus on a later pulse to the first button of the window (the back
 * button, a navigation entry), after a plain requestFocus: for a moment the focus is kept inside {@code area}.
 */
public final class Focus {

    private static final Duration GUARD = Duration.millis(400);

    private Focus() {
    }

    public static void on(Node target, Node area) {
        Platform.runLater(() -> {
            Scene scene = target.getScene();
            if (scene == null) {
                // Not shown yet (a step still loading in the background): as soon as it is.
                target.sceneProperty().addListener(new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                        if (now != null) {
                            target.sceneProperty().removeListener(this);
                            on(target, area);
                        }
                    }
                });
                return;
            }
            target.requestFocus();
            ChangeListener<Node> keep = (obs, old, now) -> {
                if (now == null || !inside(now, area)) {
                    Platform.runLater(() -> {
                        if (target.getScene() == scene) {
                            target.requestFocus();
                        }
                    });
                }
            };
            scene.focusOwnerProperty().addListener(keep);
            PauseTransition done = new PauseTransition(GUARD);
            done.setOnFinished(event -> {
                scene.focusOwnerProperty().removeListener(keep);
                // Still not inside (a request made while the step was being laid out can be ignored): once more.
                Node owner = scene.getFocusOwner();
                if (target.getScene() == scene && (owner == null || !inside(owner, area))) {
                    target.requestFocus();
                }
            });
            done.play();
        });
    }

    /** Whether {@code node} is {@code area} or lies inside it. */
    public static boolean inside(Node node, Node area) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == area) {
                return true;
            }
        }
        return false;
    }
}
