package nl.werkbank.core.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One thing wrong with input: the field it belongs to (so the UI can show it there), a message key
 * from the UI bundles and its arguments (dates are formatted by the UI).
 */
public record Problem(String field, String key, List<Object> args) {

    public Problem {
        // Not List.copyOf: an open-ended date range is a legitimate null argument.
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, Arrays.asList(args));
    }
}
