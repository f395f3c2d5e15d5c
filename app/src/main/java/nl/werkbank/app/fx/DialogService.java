package nl.werkbank.app.fx;

/** All message boxes go through here, so view models can be tested without a screen. */
public interface DialogService {

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Asks for a password (shown as dots); empty when cancelled. Without a screen there is no one to ask. */
    default java.util.Optional<char[]> askPassword(String title, String message) {
        return java.util.Optional.empty();
    }
}
