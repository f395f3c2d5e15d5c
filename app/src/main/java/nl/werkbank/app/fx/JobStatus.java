package nl.werkbank.app.fx;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import nl.werkbank.app.i18n.Localization;

/**
 * The status bar's part for a long job: what is running, how far it is, and a stop button, on any screen, so
 * the user can go on working elsewhere and still see the import finish. Hidden when nothing runs.
 */
public final class JobStatus extends HBox {

    public JobStatus(ObservableValue<Job> running, Localization i18n) {
        super(8);
        setId("job-status");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label();
        title.getStyleClass().add(Styles.TEXT_MUTED);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(120);
        bar.setMinWidth(120);
        Button stop = new Button(i18n.tr("job.stop"));
        stop.setId("job-stop");
        stop.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        running.addListener((obs, old, job) -> {
            bar.progressProperty().unbind();
            stop.disableProperty().unbind();
            setVisible(job != null);
            if (job != null) {
                title.setText(job.title());
                bar.progressProperty().bind(job.progress());
                stop.disableProperty().bind(job.stopping());
                stop.setOnAction(event -> job.cancel());
                stop.setVisible(job.stoppable());
            }
        });
        stop.managedProperty().bind(stop.visibleProperty());
        managedProperty().bind(visibleProperty());
        setVisible(running.getValue() != null);
        getChildren().addAll(title, bar, stop);
    }
}
