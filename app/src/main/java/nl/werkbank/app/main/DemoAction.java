package nl.werkbank.app.main;

import java.nio.file.Path;
import java.util.Optional;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.demo.DemoWerkplaats;

/** "Demo-Werkplaats laden": asks before replacing data, makes a backup, loads in the background. */
final class DemoAction {

    private final UiContext ui;
    private final Runnable afterLoad;

    DemoAction(UiContext ui, Runnable afterLoad) {
        this.ui = ui;
        this.afterLoad = afterLoad;
    }

    void run() {
        BackgroundTask.wrap(() -> ui.werkbank().isEmpty())
                .onSuccess(empty -> {
                    if (empty || ui.dialogs().confirm(ui.i18n().tr("demo.replace.title"),
                            ui.i18n().tr("demo.replace.question"), ui.i18n().tr("demo.replace.confirm"))) {
                        load(!empty);
                    }
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    private void load(boolean replace) {
        ui.saveStatus().saving();
        BackgroundTask.<Optional<Path>>wrap(() -> DemoWerkplaats.load(ui.werkbank(), replace))
                .onSuccess(backup -> {
                    ui.saveStatus().saved();
                    afterLoad.run();
                    backup.ifPresent(zip -> ui.dialogs().showInfo(ui.i18n().tr("demo.loaded.title"),
                            ui.i18n().tr("demo.loaded.backup", zip.toString())));
                })
                .onFailure(e -> {
                    ui.saveStatus().failed(ui.i18n().tr("demo.failed"));
                    ui.showFailure(e);
                })
                .executeWith(ui.executor());
    }
}
