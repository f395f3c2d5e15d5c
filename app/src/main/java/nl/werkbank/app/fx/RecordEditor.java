package nl.werkbank.app.fx;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.werkbank.core.common.DuplicateNameException;
import nl.werkbank.core.common.ValidationException;

/**
 * The autosave behind a detail form. The view calls {@link #commit()} when a field is left or Enter
 * is pressed; if anything changed, the record is stored in the background. Problems appear at their
 * field, a duplicate name is confirmed first, and the typed text stays in place either way.
 *
 * @param <T> the record being edited
 */
public abstract class RecordEditor<T> {

    protected final UiContext ui;
    private final FieldErrors errors = new FieldErrors();
    private final ObjectProperty<T> current = new SimpleObjectProperty<>();
    private final Function<T, Object> idOf;
    private boolean filling;

    protected RecordEditor(UiContext ui, Function<T, Object> idOf) {
        this.ui = ui;
        this.idOf = idOf;
    }

    /** Copies the record's values into the form's properties. */
    protected abstract void fill(T record);

    /** The record as the form shows it now, built on {@code base} (id and timestamps stay); may refuse unreadable text. */
    protected abstract T fromFields(T base);

    /** Stores the record (runs in the background). */
    protected abstract T store(T record, boolean allowDuplicateName);

    /** The name to show in the duplicate-name question. */
    protected abstract String nameOf(T record);

    /** Called on the FX thread after a successful save, e.g. to refresh the list. */
    protected void saved(T record) {
    }

    public final void edit(T record) {
        filling = true;
        try {
            current.set(record);
            errors.clear();
            if (record != null) {
                fill(record);
            }
        } finally {
            filling = false;
        }
    }

    /** Stores the form if it differs from what is stored. Safe to call often. */
    public final void commit() {
        T base = current.get();
        if (base == null || filling) {
            return;
        }
        T edited;
        try {
            edited = fromFields(base);
        } catch (ValidationException e) {
            // Text the form cannot read (e.g. a time like "25:00"): say so at the field, keep the text.
            errors.show(e, ui.i18n());
            ui.saveStatus().failed(ui.i18n().tr("status.seeField"));
            return;
        }
        if (!edited.equals(base)) {
            save(edited, false);
        } else if (errors.hasErrors()) {
            errors.clear();
            ui.saveStatus().saved();
        }
    }

    private void save(T edited, boolean allowDuplicateName) {
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> store(edited, allowDuplicateName))
                .onSuccess(stored -> {
                    if (current.get() != null && Objects.equals(idOf.apply(current.get()), idOf.apply(stored))) {
                        current.set(stored);
                        errors.clear();
                    }
                    ui.saveStatus().saved();
                    saved(stored);
                })
                .onFailure(e -> failed(edited, e))
                .executeWith(ui.executor());
    }

    private void failed(T edited, Exception e) {
        if (e instanceof DuplicateNameException) {
            boolean keep = ui.dialogs().confirm(ui.i18n().tr("duplicate.title"),
                    ui.i18n().tr("warning.duplicateName", nameOf(edited)) + "\n\n" + ui.i18n().tr("duplicate.question"),
                    ui.i18n().tr("duplicate.keep"));
            if (keep) {
                save(edited, true);
            } else {
                edit(current.get());
                ui.saveStatus().saved();
            }
        } else if (e instanceof ValidationException validation) {
            errors.show(validation, ui.i18n());
            ui.saveStatus().failed(ui.i18n().tr("status.seeField"));
        } else {
            String message = ErrorMessages.describe(e, ui.i18n());
            ui.saveStatus().failed(message);
            ui.dialogs().showError(ui.i18n().tr("error.saveFailed.title"), message);
        }
    }

    /** A stored optional text as the form shows it: missing is empty. */
    protected static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Form text as stored: empty or blank means "not filled in". */
    protected static String orNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public final FieldErrors errors() {
        return errors;
    }

    public final ObjectProperty<T> current() {
        return current;
    }

    /** True while the form is being filled from a record, so listeners do not save. */
    protected final boolean isFilling() {
        return filling;
    }
}
