package nl.werkbank.core.imports;

import java.util.Set;

/**
 * What the user said after seeing the preview. {@code confirmed}: the similar names are the people (and
 * organisations) proposed, except those in {@code rejected}, which become new; new people and organisations may be
 * created. Without confirmation an import that would create or guess anything is refused.
 */
public record ImportChoices(boolean confirmed, Set<String> rejected) {

    public static final ImportChoices NONE = new ImportChoices(false, Set.of());
    public static final ImportChoices CONFIRMED = new ImportChoices(true, Set.of());

    public ImportChoices {
        rejected = Set.copyOf(rejected);
    }
}
