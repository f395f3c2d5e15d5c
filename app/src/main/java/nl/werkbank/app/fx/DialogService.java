package nl.werkbank.app.fx;

import java.nio.file.Path;
import java.util.Optional;

/**
 * All message boxes and file choosers go through here, so view models can be tested without a screen and TestFX
 * tests can answer a file chooser. Without a screen there is no one to ask: the defaults answer "cancelled".
 */
public interface DialogService {

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Asks for a password (shown as dots); empty when cancelled. */
    default Optional<char[]> askPassword(String title, String message) {
        return Optional.empty();
    }

    /** Asks where to write a file; empty when cancelled. */
    default Optional<Path> chooseFileToSave(FileRequest request) {
        return Optional.empty();
    }

    /** Asks which file to read; empty when cancelled. */
    default Optional<Path> chooseFileToOpen(FileRequest request) {
        return Optional.empty();
    }

    /** Asks for a folder; empty when cancelled. */
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }
}
