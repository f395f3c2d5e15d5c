package nl.werkbank.app.fx;

import java.util.function.Supplier;
import javafx.stage.Window;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.preferences.Settings;
import nl.werkbank.core.Werkbank;

/** What every screen needs: the open data, where to run work, how to talk to the user, in which language. */
public record UiContext(Werkbank werkbank, TaskExecutor executor, DialogService dialogs, Localization i18n,
                        SaveStatus saveStatus, Supplier<Window> window, Settings settings) {

    /** Asks before deleting; if confirmed, runs {@code work} in the background and then {@code after}. */
    public void deleteAfterConfirm(String title, String question, Runnable work, Runnable after) {
        if (!dialogs.confirm(title, question, i18n.tr("button.delete"))) {
            return;
        }
        BackgroundTask.wrap(work)
                .onSuccess(done -> {
                    after.run();
                    saveStatus.saved();
                })
                .onFailure(this::showFailure)
                .executeWith(executor);
    }

    /** Tells the user that background work failed, in plain words. */
    public void showFailure(Exception e) {
        dialogs.showError(i18n.tr("error.title"), ErrorMessages.describe(e, i18n));
    }
}
