package nl.werkbank.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The smallest JavaFX window, started exactly like Werkbank: the yardstick of the start-up bench. */
public final class HelloWorldApplication extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Hallo wereld"), 1280, 800));
        stage.show();
        Startup.firstFrameShown(true, "hello-world");
    }
}
