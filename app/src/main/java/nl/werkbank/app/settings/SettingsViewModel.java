package nl.werkbank.app.settings;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.app.i18n.Language;
import nl.werkbank.core.storage.DatabaseInfo;

/** Instellingen: language, and what is stored where. */
public final class SettingsViewModel {

    private final UiContext ui;
    private final SettingsStore store;
    private final Settings settings;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final StringProperty dataInfo = new SimpleStringProperty("");

    public SettingsViewModel(UiContext ui, SettingsStore store, Settings settings, Consumer<Language> languageChanged) {
        this.ui = ui;
        this.store = store;
        this.settings = settings;
        language.set(settings.getLanguage());
        language.addListener((obs, old, now) -> {
            if (now == null || now == old) {
                return;
            }
            settings.setLanguage(now);
            BackgroundTask.wrap(() -> {
                        store.save(settings);
                        return null;
                    })
                    .onSuccess(done -> languageChanged.accept(now))
                    .onFailure(ui::showFailure)
                    .executeWith(ui.executor());
        });
    }

    public void refresh() {
        BackgroundTask.wrap(() -> ui.werkbank().info())
                .onSuccess(info -> dataInfo.set(describe(info)))
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    private String describe(DatabaseInfo info) {
        StringBuilder text = new StringBuilder();
        text.append(ui.i18n().tr("info.dataDirectory")).append(": ").append(info.dataDirectory()).append('\n');
        text.append(ui.i18n().tr("info.schemaVersion")).append(": ").append(info.schemaVersion()).append('\n');
        info.recordCounts().forEach((table, count) ->
                text.append(ui.i18n().tr("info.table." + table)).append(": ").append(count).append('\n'));
        return text.toString().strip();
    }

    public ObjectProperty<Language> language() {
        return language;
    }

    public StringProperty dataInfo() {
        return dataInfo;
    }

    UiContext ui() {
        return ui;
    }

    Settings settings() {
        return settings;
    }
}
