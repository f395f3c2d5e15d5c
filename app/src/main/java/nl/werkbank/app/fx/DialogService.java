package nl.werkbank.app.fx;

/** All message boxes go through here, so view models can be tested without a screen. */
public interface DialogService {

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    void showInfo(String title, String message);
}
