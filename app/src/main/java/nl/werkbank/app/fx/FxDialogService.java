package nl.werkbank.app.fx;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import nl.werkbank.app.i18n.Localization;

/** {@link DialogService} with JavaFX alerts owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final Localization i18n;

    public FxDialogService(Window owner, Localization i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        prepare(alert, title);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public java.util.Optional<char[]> askPassword(String title, String message) {
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("dialog-password");
        ButtonType ok = new ButtonType(i18n.tr("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.NONE, message, ok, cancel);
        prepare(alert, title);
        javafx.scene.control.Label text = (javafx.scene.control.Label) alert.getDialogPane().getContent();
        alert.getDialogPane().setContent(new javafx.scene.layout.VBox(8, text, field));
        javafx.application.Platform.runLater(field::requestFocus);
        return alert.showAndWait().filter(ok::equals).map(b -> field.getText().toCharArray()).filter(p -> p.length > 0);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFileToSave(FileRequest request) {
        return java.util.Optional.ofNullable(chooser(request).showSaveDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFileToOpen(FileRequest request) {
        return java.util.Optional.ofNullable(chooser(request).showOpenDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return java.util.Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    /** Starts in the proposed file's folder when it exists, with its name filled in. */
    private static javafx.stage.FileChooser chooser(FileRequest request) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(request.title());
        java.nio.file.Path proposed = request.proposed();
        if (proposed != null) {
            if (proposed.getParent() != null && java.nio.file.Files.isDirectory(proposed.getParent())) {
                chooser.setInitialDirectory(proposed.getParent().toFile());
            }
            if (proposed.getFileName() != null) {
                chooser.setInitialFileName(proposed.getFileName().toString());
            }
        }
        if (!request.patterns().isEmpty()) {
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(request.filterLabel(), request.patterns()));
        }
        return chooser;
    }

    private void prepare(Alert alert, String title) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(460);
        // A label that wraps: the alert's own content text is cut off with "…" after one line.
        javafx.scene.control.Label text = new javafx.scene.control.Label(alert.getContentText());
        text.setWrapText(true);
        text.setPrefWidth(540);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        Theme.apply(alert.getDialogPane());
    }
}
