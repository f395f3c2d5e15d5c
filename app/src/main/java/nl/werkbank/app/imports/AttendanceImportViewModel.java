package nl.werkbank.app.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
import javafx.collections.ObservableSet;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.fx.FileRequest;
import nl.werkbank.app.fx.Job;
import nl.werkbank.app.fx.RunningJob;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.common.CancelledException;
import nl.werkbank.core.imports.ImportBatch;
import nl.werkbank.core.imports.ImportChoices;
import nl.werkbank.core.imports.ImportMapping;
import nl.werkbank.core.imports.ImportPlan;
import nl.werkbank.core.imports.ImportPreview;
import nl.werkbank.core.imports.SheetRow;
import nl.werkbank.core.imports.SpreadsheetFile;
import nl.werkbank.core.teams.Team;

/**
 * Presentielijsten from Excel or CSV: choose the team and the file, check the mapping against the first rows, see
 * per meeting what changes and which names are new or look alike, import all at once, and undo an import later.
 * Every read, preview and import runs in the background; a changed mapping redoes the preview.
 */
public final class AttendanceImportViewModel {

    /** Rows of the first sheet shown in the mapping step. */
    static final int SAMPLE_ROWS = 12;

    private final UiContext ui;
    private final AttendanceImportTexts texts;
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObjectProperty<Team> team = new SimpleObjectProperty<>();
    private final ObjectProperty<SpreadsheetFile> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportMapping> mapping = new SimpleObjectProperty<>();
    private final ObservableList<SheetRow> sample = FXCollections.observableArrayList();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableSet<String> rejected = FXCollections.observableSet();
    private final ObservableList<ImportBatch> batches = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final RunningJob job = new RunningJob();
    private ImportPlan plan;
    /** Counts the previews asked for: only the answer to the latest is shown. */
    private long previewRequest;

    public AttendanceImportViewModel(UiContext ui) {
        this.ui = ui;
        this.texts = new AttendanceImportTexts(ui.i18n());
        team.addListener((obs, old, now) -> {
            if (now != null && file.get() != null) {
                replan();
            }
        });
    }

    public void load() {
        run(() -> new Lists(ui.werkbank().teams().list().stream().map(row -> row.team()).toList(),
                ui.werkbank().attendanceImport().batches()), lists -> {
                    Team chosen = team.get();
                    teams.setAll(lists.teams());
                    team.set(chosen == null ? null : lists.teams().stream().filter(t -> t.id().equals(chosen.id())).findFirst().orElse(null));
                    batches.setAll(lists.batches());
                });
    }

    private record Lists(List<Team> teams, List<ImportBatch> batches) {
    }

    /** Asks for the file (the team is chosen first: its usual times and people are the ones matched against). */
    public void chooseFile() {
        if (team.get() == null) {
            fail(ui.i18n().tr("error.attendanceImport.team"));
            return;
        }
        ui.dialogs().chooseFileToOpen(FileRequest.of(ui.i18n().tr("attendanceImport.choose"), null,
                ui.i18n().tr("attendanceImport.filter"), "*.xlsx", "*.xls", "*.csv")).ifPresent(this::read);
    }

    /** Reads the file and proposes a mapping (the one used last for files like it, else a guess from its headers). */
    public void read(Path path) {
        Team chosen = team.get();
        if (chosen == null) {
            fail(ui.i18n().tr("error.attendanceImport.team"));
            return;
        }
        reset();
        busy.set(true);
        message.set(ui.i18n().tr("attendanceImport.reading", path.getFileName().toString()));
        Job reading = job.start(ui.i18n().tr("job.reading"));
        BackgroundTask.wrap(() -> {
            SpreadsheetFile read = ui.werkbank().attendanceImport().read(path);
            return new Read(read, ui.werkbank().attendanceImport().propose(read, chosen.id()));
        }).asJob(reading).onSuccess(read -> {
            busy.set(false);
            message.set("");
            file.set(read.file());
            List<SheetRow> rows = read.file().sheets().isEmpty() ? List.of() : read.file().sheets().get(0).rows();
            sample.setAll(rows.subList(0, Math.min(SAMPLE_ROWS, rows.size())));
            mapping.set(read.mapping());
            replan();
        }).onFailure(this::failed).onFinished(() -> job.finish(reading)).executeWith(ui.executor());
    }

    private record Read(SpreadsheetFile file, ImportMapping mapping) {
    }

    /** A change in the mapping step: the preview is made again with it. */
    public void changeMapping(ImportMapping changed) {
        if (changed != null && !changed.equals(mapping.get())) {
            mapping.set(changed);
            replan();
        }
    }

    /** A similar name is (or is not, after all) the person proposed; the preview follows. */
    public void setSamePerson(String nameInFile, boolean same) {
        boolean changed = same ? rejected.remove(nameInFile) : rejected.add(nameInFile);
        if (changed) {
            replan();
        }
    }

    private void replan() {
        SpreadsheetFile read = file.get();
        ImportMapping current = mapping.get();
        Team chosen = team.get();
        if (read == null || current == null || chosen == null) {
            return;
        }
        long request = ++previewRequest;
        ImportChoices choices = new ImportChoices(true, Set.copyOf(rejected));
        busy.set(true);
        Job checking = job.start(ui.i18n().tr("job.reading"));
        BackgroundTask.wrap(() -> {
            ImportPlan planned = ui.werkbank().attendanceImport().plan(read, current, checking);
            return new Planned(planned, ui.werkbank().attendanceImport().preview(planned, chosen.id(), choices, checking));
        }).asJob(checking).onSuccess(planned -> {
            if (request == previewRequest) {
                busy.set(false);
                plan = planned.plan();
                preview.set(planned.preview());
                failed.set(!planned.preview().readable());
                message.set(planned.preview().readable() ? "" : texts.lines(planned.preview(), current).get(1));
            }
        }).onFailure(e -> {
            if (request == previewRequest) {
                failed(e);
            }
        }).onFinished(() -> job.finish(checking)).executeWith(ui.executor());
    }

    private record Planned(ImportPlan plan, ImportPreview preview) {
    }

    /** Imports what the preview shows, all or nothing, after a backup; the import can be undone below. */
    public void apply() {
        ImportPlan planned = plan;
        Team chosen = team.get();
        ImportPreview shown = preview.get();
        if (planned == null || chosen == null || shown == null || !shown.readable() || busy.get()) {
            return;
        }
        ImportChoices choices = new ImportChoices(true, Set.copyOf(rejected));
        busy.set(true);
        failed.set(false);
        message.set(ui.i18n().tr("attendanceImport.importing", ui.i18n().count(planned.lineCount())));
        Job importing = job.start(ui.i18n().tr("job.importing"));
        BackgroundTask.wrap(() -> ui.werkbank().attendanceImport().apply(planned, chosen.id(), choices, importing))
                .asJob(importing).onSuccess(done -> {
                    reset();
                    message.set(ui.i18n().tr("attendanceImport.done", done.fileName(), done.meetings().size(), done.added(),
                            done.changed()));
                    ui.saveStatus().saved();
                    load();
                }).onFailure(this::failed).onFinished(() -> job.finish(importing)).executeWith(ui.executor());
    }

    /** Removes what the import added and puts back what it changed, after asking. */
    public void undo(ImportBatch batch) {
        if (batch == null || batch.undoneAt() != null || !ui.dialogs().confirm(ui.i18n().tr("attendanceImport.undo.title"),
                ui.i18n().tr("attendanceImport.undo.question", batch.fileName(), batch.meetings(), batch.lines()),
                ui.i18n().tr("attendanceImport.undo"))) {
            return;
        }
        BackgroundTask.wrap(() -> ui.werkbank().attendanceImport().undo(batch.id())).onSuccess(done -> {
            failed.set(false);
            message.set(ui.i18n().tr("attendanceImport.undone", batch.fileName()));
            ui.saveStatus().saved();
            load();
        }).onFailure(this::failed).executeWith(ui.executor());
    }

    public void cancel() {
        reset();
        message.set("");
    }

    /** Stops the running read or import: it rolls back, so nothing changes. */
    public void stop() {
        job.stop();
    }

    private void reset() {
        plan = null;
        previewRequest++;
        file.set(null);
        mapping.set(null);
        preview.set(null);
        sample.clear();
        rejected.clear();
        failed.set(false);
        busy.set(false);
    }

    private void fail(String text) {
        failed.set(true);
        message.set(text);
    }

    private void failed(Exception e) {
        busy.set(false);
        failed.set(!(e instanceof CancelledException));
        message.set(ErrorMessages.describe(e, ui.i18n()));
    }



    private <T> void run(Callable<T> work, Consumer<T> then) {
        BackgroundTask.wrap(work).onSuccess(then).onFailure(ui::showFailure).executeWith(ui.executor());
    }

    UiContext ui() {
        return ui;
    }

    AttendanceImportTexts texts() {
        return texts;
    }

    ObservableList<Team> teams() {
        return teams;
    }

    ObjectProperty<Team> team() {
        return team;
    }

    ObjectProperty<SpreadsheetFile> file() {
        return file;
    }

    ObjectProperty<ImportMapping> mapping() {
        return mapping;
    }

    ObservableList<SheetRow> sample() {
        return sample;
    }

    ObjectProperty<ImportPreview> preview() {
        return preview;
    }

    ObservableSet<String> rejected() {
        return rejected;
    }

    ObservableList<ImportBatch> batches() {
        return batches;
    }

    StringProperty message() {
        return message;
    }

    BooleanProperty failed() {
        return failed;
    }

    BooleanProperty busy() {
        return busy;
    }

    javafx.beans.value.ObservableValue<Job> job() {
        return job.property();
    }
}
