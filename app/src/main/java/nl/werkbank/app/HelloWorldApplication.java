package nl.werkbank.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The smallest JavaFX window, started exactly like Werkbank: the yardstick of the start-up bench. */
public final class HelloWorldApplication extends Application {

    @Override
    public void start(Stage stage) {
        // Some text, so font loading is part of the yardstick as it is of Werkbank; not a UI text to translate.
        stage.setScene(new Scene(new Label(System.getProperty("java.version")), 1280, 800));
        stage.show();
        Startup.firstFrameShown(true, "hello-world");
    }
}
