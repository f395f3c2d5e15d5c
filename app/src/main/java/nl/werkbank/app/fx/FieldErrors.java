package nl.werkbank.app.fx;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;

/**
 * The error message shown under each field of a form, by field name (the same names the core uses in
 * its {@link Problem}s). A problem for a field the form does not show goes to {@link #general()}.
 */
public final class FieldErrors {

    public static final String GENERAL = "";

    private final Map<String, StringProperty> byField = new HashMap<>();

    public StringProperty of(String field) {
        return byField.computeIfAbsent(field, f -> new SimpleStringProperty());
    }

    public StringProperty general() {
        return of(GENERAL);
    }

    /** Registers the fields a form shows, so problems for other fields land in {@link #general()}. */
    public FieldErrors fields(String... fields) {
        for (String field : fields) {
            of(field);
        }
        return this;
    }

    public void clear() {
        byField.values().forEach(message -> message.set(null));
    }

    public void clear(String field) {
        of(field).set(null);
    }

    public void show(ValidationException e, Localization i18n) {
        clear();
        for (Problem problem : e.problems()) {
            StringProperty target = byField.containsKey(problem.field()) ? of(problem.field()) : general();
            String message = i18n.tr(problem);
            target.set(target.get() == null ? message : target.get() + "\n" + message);
        }
    }

    public boolean hasErrors() {
        return byField.values().stream().anyMatch(message -> message.get() != null);
    }
}
