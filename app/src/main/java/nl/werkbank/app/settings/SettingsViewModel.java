package nl.werkbank.app.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.FieldErrors;
import nl.werkbank.app.fx.NumberText;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.app.i18n.Language;
import nl.werkbank.app.preferences.Settings;
import nl.werkbank.app.preferences.SettingsStore;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.storage.DatabaseInfo;
import nl.werkbank.core.teams.MembershipRole;

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

    /** Default preparation hours per role, as text in the form, with an error per role. */
    private final Map<MembershipRole, StringProperty> preparation = new EnumMap<>(
            MembershipRole.class);
    private final FieldErrors preparationErrors = new FieldErrors();

    StringProperty preparation(MembershipRole role) {
        return preparation.computeIfAbsent(role, r -> new SimpleStringProperty(""));
    }

    FieldErrors preparationErrors() {
        return preparationErrors;
    }

    /** Stores one role's default when its field is left; unreadable or negative numbers stay in the field with a message. */
    void commitPreparation(MembershipRole role) {
        String text = preparation(role).get();
        var hours = NumberText.hours(text);
        if (hours.isEmpty()) {
            preparationErrors.of(role.name()).set(ui.i18n().tr("error.hours.invalid", text));
            return;
        }
        BackgroundTask.wrap(() -> {
                    ui.werkbank().preparationDefaults().set(role, hours.get());
                    return null;
                })
                .onSuccess(done -> {
                    preparationErrors.clear(role.name());
                    ui.saveStatus().saved();
                })
                .onFailure(e -> {
                    if (e instanceof ValidationException validation) {
                        preparationErrors.of(role.name()).set(ui.i18n().tr(validation.problems().get(0)));
                    } else {
                        ui.showFailure(e);
                    }
                })
                .executeWith(ui.executor());
    }

    /** The bewaartermijn for round texts (null = off), stored in settings.json and applied at the next start. */
    void chooseRetention(Integer months) {
        settings.setRoundRetentionMonths(months);
        storeSettings();
    }

    /** The screen for the beamer (null = automatic), stored in settings.json. */
    void chooseBeamerScreen(Integer index) {
        settings.setBeamerScreen(index);
        storeSettings();
    }

    /** Writes settings.json on the storage thread. */
    private void storeSettings() {
        BackgroundTask.wrap(() -> {
                    store.save(settings);
                    return null;
                })
                .onSuccess(done -> ui.saveStatus().saved())
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /** Whether travel hours count (an hour rule; stored in the database with the other rules). */
    private final javafx.beans.property.BooleanProperty travelIncluded = new javafx.beans.property.SimpleBooleanProperty();
    private final Map<nl.werkbank.core.people.OrganizationType, StringProperty> typeRates = new EnumMap<>(
            nl.werkbank.core.people.OrganizationType.class);
    private final FieldErrors rateErrors = new FieldErrors();
    private boolean loading;

    javafx.beans.property.BooleanProperty travelIncluded() {
        return travelIncluded;
    }

    StringProperty typeRate(nl.werkbank.core.people.OrganizationType type) {
        return typeRates.computeIfAbsent(type, t -> new SimpleStringProperty(""));
    }

    FieldErrors rateErrors() {
        return rateErrors;
    }

    void storeTravelIncluded(boolean included) {
        if (loading) {
            return;
        }
        BackgroundTask.wrap(() -> ui.werkbank().hours().setTravelIncluded(included))
                .onSuccess(done -> ui.saveStatus().saved())
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /** An empty field removes the rate; otherwise euros per hour (62,50). */
    void commitTypeRate(nl.werkbank.core.people.OrganizationType type) {
        String text = typeRate(type).get();
        var rate = text == null || text.isBlank() ? java.util.Optional.<java.math.BigDecimal>empty() : NumberText.hours(text);
        if (text != null && !text.isBlank() && rate.isEmpty()) {
            rateErrors.of(type.name()).set(ui.i18n().tr("error.rate.invalid"));
            return;
        }
        BackgroundTask.wrap(() -> ui.werkbank().hourlyRates().setForType(type, rate.orElse(null)))
                .onSuccess(done -> {
                    rateErrors.clear(type.name());
                    ui.saveStatus().saved();
                })
                .onFailure(e -> {
                    if (e instanceof ValidationException) {
                        rateErrors.of(type.name()).set(ui.i18n().tr("error.rate.invalid"));
                    } else {
                        ui.showFailure(e);
                    }
                })
                .executeWith(ui.executor());
    }

    public void refresh() {
        BackgroundTask.wrap(() -> java.util.Map.entry(ui.werkbank().hours().rules().travelIncluded(), ui.werkbank().hourlyRates().byType()))
                .onSuccess(loaded -> {
                    loading = true;
                    travelIncluded.set(loaded.getKey());
                    loading = false;
                    loaded.getValue().forEach((type, rate) -> typeRate(type).set(ui.i18n().hoursExact(rate)));
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
        BackgroundTask.wrap(() -> ui.werkbank().preparationDefaults().all())
                .onSuccess(defaults -> defaults.forEach((role, hours) -> preparation(role).set(ui.i18n().hours(hours))))
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
        BackgroundTask.wrap(() -> ui.werkbank().info())
                .onSuccess(info -> dataInfo.set(describe(info)))
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    private String describe(DatabaseInfo info) {
        StringBuilder text = new StringBuilder();
        text.append(ui.i18n().tr("info.dataDirectory")).append(": ").append(info.dataDirectory()).append('\n');
        text.append(ui.i18n().tr("info.schemaVersion")).append(": ").append(info.schemaVersion()).append('\n');
        info.recordCounts().entrySet().stream()
                .map(entry -> ui.i18n().tr("info.table." + entry.getKey()) + ": " + entry.getValue())
                .sorted()
                .forEach(line -> text.append(line).append('\n'));
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
