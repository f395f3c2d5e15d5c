package nl.werkbank.app.fx;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/** Werkbank's own stylesheet, on the main scene and on every dialog (dialogs have scenes of their own). */
public final class Theme {

    private static final String STYLESHEET = Theme.class.getResource("/nl/werkbank/app/werkbank.css").toExternalForm();

    private Theme() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(STYLESHEET);
    }

    public static void apply(DialogPane pane) {
        pane.getStylesheets().add(STYLESHEET);
    }
}
