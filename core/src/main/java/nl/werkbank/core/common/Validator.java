package nl.werkbank.core.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects problems for one record, then throws them together so every field shows its own. */
public final class Validator {

    public static final int MAX_NAME_LENGTH = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<Problem> problems = new ArrayList<>();

    public Validator requireName(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(field, "error.name.empty"));
        } else if (value.strip().length() > MAX_NAME_LENGTH) {
            problems.add(Problem.of(field, "error.text.tooLong", MAX_NAME_LENGTH));
        }
        return this;
    }

    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(Problem.of(field, "error.text.tooLong", max));
        }
        return this;
    }

    public Validator email(String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value.strip()).matches()) {
            problems.add(Problem.of(field, "error.email.invalid"));
        }
        return this;
    }

    public Validator required(String field, Object value, String key) {
        if (value == null) {
            problems.add(Problem.of(field, key));
        }
        return this;
    }

    /** The to-date (field {@code toField}) must not lie before the from-date. */
    public Validator range(String toField, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Problem.of(toField, "error.dates.toBeforeFrom", from, to));
        }
        return this;
    }

    public Validator add(Problem problem) {
        problems.add(problem);
        return this;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** Trims user text; blank becomes null so optional fields stay empty in the database. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
