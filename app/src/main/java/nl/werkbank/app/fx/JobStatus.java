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
 * A long job's title, progress bar and stop button, hidden when nothing runs. The status bar shows the running
 * job on any screen, so the user can work elsewhere and still see an import finish; a screen that started a job
 * shows the same beside its own message ({@link #besideMessage}).
 */
public final class JobStatus extends HBox {

    private final Label title = new Label();
    private final ProgressBar bar = new ProgressBar(-1);
    private final Button stop;

    /** For the status bar: ids {@code job-status} and {@code job-stop}. */
    public JobStatus(ObservableValue<Job> running, Localization i18n) {
        this(running, i18n, "job");
    }

    private JobStatus(ObservableValue<Job> running, Localization i18n, String id) {
        super(8);
        setId(id + "-status");
        getStyleClass().add("job-status");
        setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add(Styles.TEXT_MUTED);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.managedProperty().bind(title.visibleProperty());
        bar.setPrefWidth(120);
        bar.setMinWidth(120);
        stop = new Button(i18n.tr("job.stop"));
        stop.setId(id + "-stop");
        stop.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        stop.managedProperty().bind(stop.visibleProperty());
        running.addListener((obs, old, job) -> show(job));
        managedProperty().bind(visibleProperty());
        getChildren().addAll(title, bar, stop);
        show(running.getValue());
    }

    /**
     * For a screen's own line (ids {@code PREFIX-status} and {@code PREFIX-stop}): a wider bar and no title, the
     * message beside it says what runs.
     */
    public static JobStatus besideMessage(ObservableValue<Job> running, Localization i18n, String prefix) {
        JobStatus status = new JobStatus(running, i18n, prefix);
        status.title.setVisible(false);
        status.bar.setPrefWidth(160);
        status.bar.setMinWidth(160);
        status.stop.getStyleClass().removeAll(Styles.SMALL, Styles.FLAT);
        return status;
    }

    private void show(Job job) {
        bar.progressProperty().unbind();
        stop.disableProperty().unbind();
        setVisible(job != null);
        if (job == null) {
            bar.setProgress(-1);
            return;
        }
        title.setText(job.title());
        bar.progressProperty().bind(job.progress());
        stop.disableProperty().bind(job.stopping());
        stop.setOnAction(event -> job.cancel());
        stop.setVisible(job.stoppable());
    }
}
