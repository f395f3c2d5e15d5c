package nl.werkbank.app.fx;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.werkbank.core.common.DuplicateNameException;
import nl.werkbank.core.common.FieldMerge;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.ValidationException;
import org.slf4j.LoggerFactory;

/**
 * The autosave behind a detail form. The view calls {@link #commit()} when a field is left or Enter
 * is pressed; if anything changed, the record is stored in the background. Problems appear at their
 * field, a duplicate name is confirmed first, and the typed text stays in place either way.
 * <p>
 * A sync or an import may store a newer version of the record while the form is open (the screen is not refilled
 * while the cursor is in a text field). A save then stores only the fields the form changed on top of that version
 * ({@link FieldMerge}), and the form shows the result; a record deleted meanwhile is not brought back.
 *
 * @param <T> the record being edited
 */
public abstract class RecordEditor<T extends Record> {

    protected final UiContext ui;
    private final FieldErrors errors = new FieldErrors();
    private final ObjectProperty<T> current = new SimpleObjectProperty<>();
    private final String kind;
    private final Function<T, Object> idOf;
    private final Function<T, Instant> versionOf;
    /** The last version this form stored (written on the storage thread): its own saves are not "elsewhere". */
    private volatile T lastStored;
    private boolean filling;

    /** {@code kind}: the record's name in exchange files ("organization"), to keep a version it saves over. */
    protected RecordEditor(UiContext ui, String kind, Function<T, Object> idOf, Function<T, Instant> versionOf) {
        this.ui = ui;
        this.kind = kind;
        this.idOf = idOf;
        this.versionOf = versionOf;
    }

    /** Copies the record's values into the form's properties. */
    protected abstract void fill(T record);

    /** The record as the form shows it now, built on {@code base} (id and timestamps stay); may refuse unreadable text. */
    protected abstract T fromFields(T base);

    /** Stores the record (runs in the background). */
    protected abstract T store(T record, boolean allowDuplicateName);

    /** The record as stored now; throws NotFoundException when it was deleted (runs in the background). */
    protected abstract T reload(T record);

    /** The name to show in the duplicate-name question. */
    protected abstract String nameOf(T record);

    /** Called on the FX thread after a successful save, e.g. to refresh the list. */
    protected void saved(T record) {
    }

    /**
     * Called on the FX thread when the record turned out to be deleted (by a sync or an import): deletions are final,
     * so it is not stored again; a screen with a list shows the list without it.
     */
    protected void gone() {
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

    /**
     * Shows the record as read again (a list reloaded after a save, a sync). When it is the record in the form and the
     * user has typed since the form was filled, the typing stays: the form keeps its version as the base, so its next
     * save puts the typed fields on the stored record and the other fields keep the new values.
     */
    public final void refresh(T stored) {
        T base = current.get();
        if (base != null && stored != null && Objects.equals(idOf.apply(base), idOf.apply(stored)) && typedSince(base)) {
            return;
        }
        edit(stored);
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
            save(base, edited, false);
        } else if (errors.hasErrors()) {
            errors.clear();
            ui.saveStatus().saved();
        }
    }

    private void save(T base, T edited, boolean allowDuplicateName) {
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> {
                    FieldMerge.Merged<T> merged = ui.werkbank().database()
                            .atomically(() -> storeOnLatest(base, edited, allowDuplicateName));
                    lastStored = merged.merged();
                    return merged;
                })
                .onSuccess(merged -> {
                    T stored = merged.merged();
                    if (current.get() != null && Objects.equals(idOf.apply(current.get()), idOf.apply(stored))) {
                        show(edited, stored, merged.fromElsewhere());
                    }
                    if (merged.clashes().isEmpty()) {
                        ui.saveStatus().saved();
                    } else {
                        ui.saveStatus().savedOverElsewhere();
                    }
                    saved(stored);
                })
                .onFailure(e -> failed(base, edited, e))
                .executeWith(ui.executor());
    }

    /**
     * After a save: the form shows the stored version (cleaned text, fields another writer changed) unless the user
     * typed on meanwhile; then the typing stays, and the fields from elsewhere stay what the form shows until its next
     * save puts them on the stored version.
     */
    private void show(T edited, T stored, java.util.List<String> fromElsewhere) {
        errors.clear();
        if (!typedSince(edited)) {
            current.set(stored);
            if (!FieldMerge.differences(edited, stored).isEmpty()) {
                edit(stored);
            }
        } else {
            current.set(FieldMerge.withFields(stored, edited, fromElsewhere));
        }
    }

    /** Whether the form shows other values than {@code version} (or text it cannot read). */
    private boolean typedSince(T version) {
        try {
            return !FieldMerge.differences(version, fromFields(current.get())).isEmpty();
        } catch (ValidationException unreadable) {
            return true;
        }
    }

    /** In one transaction: the stored version, the form's changes on top of it, stored. */
    private FieldMerge.Merged<T> storeOnLatest(T base, T edited, boolean allowDuplicateName) {
        T latest = reload(edited);
        T known = lastStored;
        T ancestor = known != null && Objects.equals(idOf.apply(known), idOf.apply(base))
                && newer(versionOf.apply(known), versionOf.apply(base)) ? known : base;
        FieldMerge.Merged<T> merged = FieldMerge.merge(ancestor, edited, latest);
        if (!merged.fromElsewhere().isEmpty() || !merged.clashes().isEmpty()) {
            LoggerFactory.getLogger(RecordEditor.class).info("{} {} was changed elsewhere while its form was open;"
                    + " taken from there: {}, both changed (the form's value kept): {}", base.getClass().getSimpleName(),
                    idOf.apply(base), merged.fromElsewhere(), merged.clashes());
        }
        if (!merged.clashes().isEmpty()) {
            ui.werkbank().exchange().keepBeforeFormSave(kind, (java.util.UUID) idOf.apply(base));
        }
        return new FieldMerge.Merged<>(store(merged.merged(), allowDuplicateName), merged.fromElsewhere(),
                merged.clashes());
    }

    private static boolean newer(Instant a, Instant b) {
        return a != null && (b == null || a.isAfter(b));
    }

    private void failed(T base, T edited, Exception e) {
        if (e instanceof DuplicateNameException) {
            boolean keep = ui.dialogs().confirm(ui.i18n().tr("duplicate.title"),
                    ui.i18n().tr("warning.duplicateName", nameOf(edited)) + "\n\n" + ui.i18n().tr("duplicate.question"),
                    ui.i18n().tr("duplicate.keep"));
            if (keep) {
                save(base, edited, true);
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
            if (e instanceof NotFoundException) {
                gone();
            }
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
