package nl.werkbank.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkbank.app.fx.DialogService;
import nl.werkbank.app.fx.FileRequest;

/**
 * A DialogService for export flows: every "save as" is answered with the proposed name in {@code folder}, and the
 * messages are noted instead of shown. What was asked and told stays for the test to check.
 */
final class AnsweringDialogs implements DialogService {

    final List<FileRequest> asked = new ArrayList<>();
    final List<String> told = new ArrayList<>();
    private final DialogService real;
    private final Path folder;

    AnsweringDialogs(DialogService real, Path folder) {
        this.real = real;
        this.folder = folder;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return real.confirm(title, message, confirmLabel);
    }

    @Override
    public void showError(String title, String message) {
        told.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        told.add(message);
    }

    @Override
    public Optional<Path> chooseFileToSave(FileRequest request) {
        asked.add(request);
        return Optional.of(folder.resolve(request.proposed().getFileName()));
    }
}
