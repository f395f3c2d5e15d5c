package nl.werkbank.app.activity;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.fx.FileRequest;
import nl.werkbank.app.fx.Job;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.activity.ActivityDocument;
import nl.werkbank.core.activity.ActivityReport;
import nl.werkbank.core.activity.ActivityTables;
import nl.werkbank.core.activity.ActivityWorkbook;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.report.ReportLabels;

/**
 * Rapportages → Activiteiten: the activity report of the period chosen on the screen, shown as the same tables the
 * document and its annex hold, and saved as either.
 */
public final class ActivityViewModel {

    private final UiContext ui;
    private final ObjectProperty<ActivityReport> report = new SimpleObjectProperty<>();
    private Period requested;

    public ActivityViewModel(UiContext ui) {
        this.ui = ui;
    }

    /** Reads the report of {@code period} in the background; a later request wins over an earlier one. */
    public void load(Period period) {
        requested = period;
        BackgroundTask.wrap(() -> ui.werkbank().activity().report(period))
                .onSuccess(loaded -> {
                    if (period.equals(requested)) {
                        report.set(loaded);
                    }
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    ReadOnlyObjectProperty<ActivityReport> report() {
        return report;
    }

    List<ActivityTables.Table> tables(ActivityReport shown) {
        return new ActivityTables(shown, labels()).all();
    }

    /** Asks where to save the .docx draft, then writes it. */
    void chooseAndExportDocument() {
        ActivityReport shown = report.get();
        ui.dialogs().chooseFileToSave(FileRequest.of(ui.i18n().tr("activity.exportDocument"),
                Path.of(ui.i18n().tr("activity.fileName.document", shown.period().label())), ui.i18n().tr("activity.filter.docx"),
                "*.docx")).ifPresent(target -> export(() -> new ActivityDocument(shown, labels(), ui.i18n().language().locale())
                        .write(target)));
    }

    /** Asks where to save the .xlsx annex, then writes it. */
    void chooseAndExportAnnex() {
        ActivityReport shown = report.get();
        ui.dialogs().chooseFileToSave(FileRequest.of(ui.i18n().tr("activity.exportAnnex"),
                Path.of(ui.i18n().tr("activity.fileName.annex", shown.period().label())), ui.i18n().tr("paper.filter"),
                "*.xlsx")).ifPresent(target -> export(() -> new ActivityWorkbook(shown, labels()).write(target)));
    }

    private void export(java.util.concurrent.Callable<Path> write) {
        ui.saveStatus().saving();
        BackgroundTask.wrap(write).asJob(Job.unstoppable(ui.i18n().tr("job.activity")))
                .onSuccess(file -> ui.dialogs().showInfo(ui.i18n().tr("reports.exported.title"),
                        ui.i18n().tr("reports.exported", file.toString())))
                .onFinished(() -> ui.saveStatus().saved())
                .onFailure(e -> ui.dialogs().showError(ui.i18n().tr("reports.exportFailed.title"), ErrorMessages.describe(e, ui.i18n())))
                .executeWith(ui.executor());
    }

    /** Reads the products register with the teams and people to choose from, then hands it over on the FX thread. */
    void loadProductChoices(java.util.function.Consumer<ProductChoices> then) {
        BackgroundTask.wrap(() -> ui.werkbank().database().atomically(() -> new ProductChoices(ui.werkbank().products().all(),
                        ui.werkbank().teams().list().stream().map(row -> row.team()).toList(),
                        ui.werkbank().people().list().stream().map(row -> row.person()).toList())))
                .onSuccess(then::accept)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /** Reads the leerregister of the period, then hands it over on the FX thread. */
    void loadRegister(Period period, java.util.function.Consumer<List<nl.werkbank.core.learning.LearningRegisterRow>> then) {
        BackgroundTask.wrap(() -> ui.werkbank().learningNotes().register(period.from(), period.to()))
                .onSuccess(then::accept)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /** Opens the leerregister of the period shown; the report is read again when it closes. */
    void openRegister() {
        Period period = report.get().period();
        loadRegister(period, rows -> {
            new LearningRegisterDialog(this, period, rows).showAndWait();
            load(period);
        });
    }

    /** Records where a learning note landed; a refusal is said beside the editor. */
    void saveFollowUp(java.util.UUID noteId, nl.werkbank.core.learning.FollowUp followUp, Runnable then,
                      java.util.function.Consumer<String> refused) {
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> {
                    ui.werkbank().learningNotes().followUp(noteId, followUp);
                    return noteId;
                })
                .onSuccess(done -> {
                    ui.saveStatus().saved();
                    then.run();
                })
                .onFailure(e -> {
                    ui.saveStatus().failed(ErrorMessages.describe(e, ui.i18n()));
                    refused.accept(ErrorMessages.describe(e, ui.i18n()));
                })
                .executeWith(ui.executor());
    }

    /** Opens the products register; the report of the period is read again when it closes. */
    void manageProducts() {
        loadProductChoices(choices -> {
            new ProductsDialog(this, choices).showAndWait();
            if (requested != null) {
                load(requested);
            }
        });
    }

    /** In the background, for the product dialog. */
    nl.werkbank.core.products.Product saveProduct(nl.werkbank.core.products.Product product) {
        return ui.werkbank().products().save(product);
    }

    void deleteProduct(nl.werkbank.core.products.Product product, Runnable then) {
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> {
                    ui.werkbank().products().delete(product.id());
                    return product;
                })
                .onSuccess(done -> then.run())
                .onFinished(() -> ui.saveStatus().saved())
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    private ReportLabels labels() {
        return new ReportLabels(ui.i18n()::tr);
    }

    UiContext ui() {
        return ui;
    }
}
