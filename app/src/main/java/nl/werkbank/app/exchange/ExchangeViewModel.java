package nl.werkbank.app.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.fx.FileRequest;
import nl.werkbank.app.fx.Job;
import nl.werkbank.app.fx.RunningJob;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.common.CancelledException;
import nl.werkbank.core.exchange.Conflict;
import nl.werkbank.core.exchange.ExchangeData;
import nl.werkbank.core.exchange.ExchangeFormat;
import nl.werkbank.core.exchange.ExchangeScope;
import nl.werkbank.core.exchange.ExportOptions;
import nl.werkbank.core.exchange.ImportResult;
import nl.werkbank.core.teams.Team;

/**
 * Uitwisselen: export everything or one team, read a file into a preview, import it in one go, and look at
 * the conflicts. All work runs in the background; a bad file only shows its message.
 */
public final class ExchangeViewModel {

    private final UiContext ui;
    private final ExchangeTexts texts;
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObjectProperty<Team> team = new SimpleObjectProperty<>();
    private final BooleanProperty includePrivate = new SimpleBooleanProperty();
    /** The explicit choice for a file anyone can read; otherwise it gets the uitwisselwachtwoord. */
    private final BooleanProperty withoutPassword = new SimpleBooleanProperty();
    private final StringProperty exportResult = new SimpleStringProperty("");
    private final ObjectProperty<ImportResult> preview = new SimpleObjectProperty<>();
    private final StringProperty importMessage = new SimpleStringProperty("");
    private final BooleanProperty importFailed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    /** The import or export now running from this screen, with its progress and stop button; null when none. */
    private final RunningJob job = new RunningJob();
    private ExchangeData pending;

    public ExchangeViewModel(UiContext ui) {
        this.ui = ui;
        this.texts = new ExchangeTexts(ui.i18n());
    }

    public void load() {
        run(() -> new Lists(ui.werkbank().teams().list().stream().map(row -> row.team()).toList(),
                ui.werkbank().exchange().openConflicts()), lists -> {
                    teams.setAll(lists.teams());
                    conflicts.setAll(lists.conflicts());
                });
    }

    private record Lists(List<Team> teams, List<Conflict> conflicts) {
    }

    /** Asks where to write the exchange file (named after the scope and today) and exports there. */
    public void chooseAndExport() {
        Team chosen = team.get();
        String scope = chosen == null ? "alles" : (chosen.shortName() != null ? chosen.shortName() : chosen.name())
                .replaceAll("[^\\p{L}\\p{N}]+", "-");
        String name = "werkbank-" + scope + "-" + java.time.LocalDate.now(ui.werkbank().clock()) + "." + ExchangeFormat.EXTENSION;
        ui.dialogs().chooseFileToSave(FileRequest.of(ui.i18n().tr("exchange.export.button"), Path.of(name),
                ui.i18n().tr("exchange.filter"), "*." + ExchangeFormat.EXTENSION)).ifPresent(this::export);
    }

    /** Asks which file to read and shows what importing it would do. */
    public void chooseAndPreview() {
        ui.dialogs().chooseFileToOpen(FileRequest.of(ui.i18n().tr("exchange.import.choose"), null,
                ui.i18n().tr("exchange.filter"), "*." + ExchangeFormat.EXTENSION, "*.json")).ifPresent(this::preview);
    }

    /**
     * Exports with the Werkplaats's uitwisselwachtwoord: the stored one (read on the storage thread), else asked for
     * and remembered; a file anyone can read only when "Zonder uitwisselwachtwoord" is ticked.
     */
    public void export(Path file) {
        Team chosen = team.get();
        ExportOptions options = new ExportOptions(chosen == null ? ExchangeScope.everything()
                : ExchangeScope.team(chosen.id(), chosen.name()), includePrivate.get());
        if (withoutPassword.get()) {
            export(file, options, false);
            return;
        }
        run(() -> ui.werkbank().exchange().password(), stored -> stored
                .or(() -> ui.dialogs().askPassword(ui.i18n().tr("exchange.password.title"), ui.i18n().tr("exchange.password.forExport")))
                .ifPresent(password -> export(file, options.withPassword(password), stored.isEmpty())));
    }

    private void export(Path file, ExportOptions options, boolean remember) {
        exportResult.set(ui.i18n().tr("exchange.exporting"));
        Job exporting = job.start(ui.i18n().tr("job.exporting"));
        BackgroundTask.wrap(() -> {
            if (remember) {
                ui.werkbank().exchange().setPassword(options.password());
            }
            return ui.werkbank().exchange().export(file, options, exporting);
        }).asJob(exporting).onSuccess(summary -> exportResult.set(texts.exported(summary) + "\n" + texts.personalData(summary)))
                .onFailure(e -> {
                    exportResult.set(e instanceof CancelledException ? ErrorMessages.describe(e, ui.i18n()) : "");
                    if (!(e instanceof CancelledException)) {
                        ui.showFailure(e);
                    }
                })
                .onFinished(() -> job.finish(exporting)).executeWith(ui.executor());
    }



    /** Stops the running import or export: it rolls back, so nothing changes. */
    public void stop() {
        job.stop();
    }

    /** Reads and checks the file, then shows what importing it would do. Nothing changes yet. */
    public void preview(Path file) {
        pending = null;
        preview.set(null);
        importFailed.set(false);
        importMessage.set(ui.i18n().tr("exchange.reading", file.getFileName().toString()));
        busy.set(true);
        Job reading = job.start(ui.i18n().tr("job.reading"));
        BackgroundTask.wrap(() -> {
            ExchangeData data = ui.werkbank().exchange().read(file);
            return new Read(data, ui.werkbank().exchange().preview(data, reading));
        }).asJob(reading).onSuccess(this::showPreview).onFailure(e -> askPasswordOr(file, e))
                .onFinished(() -> job.finish(reading)).executeWith(ui.executor());
    }

    /** A file with another (or no stored) uitwisselwachtwoord: ask for it and read again; anything else is said. */
    private void askPasswordOr(Path file, Exception e) {
        if (e instanceof nl.werkbank.core.exchange.ExchangeFileException locked
                && List.of("error.exchange.passwordNeeded", "error.exchange.wrongPassword").contains(locked.key())) {
            ui.dialogs().askPassword(ui.i18n().tr("exchange.password.title"), ErrorMessages.describe(e, ui.i18n()))
                    .ifPresentOrElse(typed -> previewWith(file, typed), () -> importFailed(e));
        } else {
            importFailed(e);
        }
    }

    private record Read(ExchangeData data, ImportResult result) {
    }

    private void previewWith(Path file, char[] password) {
        Job reading = job.start(ui.i18n().tr("job.reading"));
        BackgroundTask.wrap(() -> {
            ExchangeData data = ui.werkbank().exchange().read(file, password);
            return new Read(data, ui.werkbank().exchange().preview(data, reading));
        }).asJob(reading).onSuccess(this::showPreview).onFailure(e -> askPasswordOr(file, e))
                .onFinished(() -> job.finish(reading)).executeWith(ui.executor());
    }

    private void showPreview(Read read) {
        busy.set(false);
        pending = read.data();
        preview.set(read.result());
        importMessage.set(read.result().changesAnything() ? "" : ui.i18n().tr("exchange.nothingNew"));
    }

    /** Imports the previewed file in one transaction; one that removes data here only after the user confirms. */
    public void apply() {
        ExchangeData data = pending;
        if (data == null) {
            return;
        }
        ImportResult shown = preview.get();
        if (shown != null && !shown.removals().isEmpty() && !ui.dialogs().confirm(ui.i18n().tr("exchange.removals.title"),
                texts.removals(shown), ui.i18n().tr("exchange.removals.confirm"))) {
            return;
        }
        busy.set(true);
        importFailed.set(false);
        importMessage.set(ui.i18n().tr("exchange.applying", ui.i18n().count(data.recordCount() + data.tombstoneCount())));
        Job importing = job.start(ui.i18n().tr("job.importing"));
        BackgroundTask.wrap(() -> ui.werkbank().exchange().apply(data, importing)).asJob(importing).onSuccess(result -> {
            busy.set(false);
            pending = null;
            preview.set(null);
            importMessage.set(ui.i18n().tr("exchange.imported", texts.totals(result)));
            ui.saveStatus().saved();
            load();
        }).onFailure(this::importFailed).onFinished(() -> job.finish(importing)).executeWith(ui.executor());
    }

    public void cancel() {
        pending = null;
        preview.set(null);
        importMessage.set("");
    }

    /** A stop asked for by the user is not a failure: it says that nothing changed. */
    private void importFailed(Exception e) {
        busy.set(false);
        pending = null;
        preview.set(null);
        importFailed.set(!(e instanceof CancelledException));
        importMessage.set(ErrorMessages.describe(e, ui.i18n()));
    }

    public void takeOther(Conflict conflict) {
        run(() -> {
            ui.werkbank().exchange().takeOther(conflict.id());
            return null;
        }, done -> load());
    }

    public void keep(Conflict conflict) {
        run(() -> {
            ui.werkbank().exchange().keep(conflict.id());
            return null;
        }, done -> load());
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        BackgroundTask.wrap(work).onSuccess(then).onFailure(e -> ui.showFailure(e)).executeWith(ui.executor());
    }

    UiContext ui() {
        return ui;
    }

    ExchangeTexts texts() {
        return texts;
    }

    ObservableList<Team> teams() {
        return teams;
    }

    ObjectProperty<Team> team() {
        return team;
    }

    BooleanProperty withoutPassword() {
        return withoutPassword;
    }

    BooleanProperty includePrivate() {
        return includePrivate;
    }

    StringProperty exportResult() {
        return exportResult;
    }

    ObjectProperty<ImportResult> previewResult() {
        return preview;
    }

    StringProperty importMessage() {
        return importMessage;
    }

    BooleanProperty importFailed() {
        return importFailed;
    }

    BooleanProperty busy() {
        return busy;
    }

    ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    javafx.beans.value.ObservableValue<Job> job() {
        return job.property();
    }
}
