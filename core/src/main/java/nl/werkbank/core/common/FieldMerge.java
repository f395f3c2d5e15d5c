package nl.werkbank.core.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Puts what a form changed onto the record as it is stored now, field by field. A form is filled from one version
 * ({@code base}); a sync or an import may store a newer one ({@code latest}) while the user types. Saving the form's
 * whole copy would silently undo the other fields of that newer version, so only the fields the form changed are
 * taken from it; every other field keeps the stored value. A field changed on both sides keeps the form's value (the
 * newest edit, as a sync decides) and is named in {@link Merged#clashes()}.
 */
public final class FieldMerge {

    /** Bookkeeping the service sets itself: never compared, always the stored value. */
    private static final Set<String> STAMPS = Set.of("createdAt", "updatedAt");

    private FieldMerge() {
    }

    /**
     * @param merged the record to store
     * @param fromElsewhere fields that took the stored value because another writer changed them
     * @param clashes fields both sides changed to different values; the form's value is in {@code merged}
     */
    public record Merged<R>(R merged, List<String> fromElsewhere, List<String> clashes) {
    }

    public static <R extends Record> Merged<R> merge(R base, R edited, R latest) {
        RecordComponent[] components = base.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        List<String> fromElsewhere = new ArrayList<>();
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            Object was = value(components[i], base);
            Object mine = value(components[i], edited);
            Object theirs = value(components[i], latest);
            if (STAMPS.contains(name)) {
                values[i] = theirs;
            } else if (Objects.equals(mine, was)) {
                values[i] = theirs;
                if (!Objects.equals(theirs, was)) {
                    fromElsewhere.add(name);
                }
            } else {
                values[i] = mine;
                if (!Objects.equals(theirs, was) && !Objects.equals(theirs, mine)) {
                    clashes.add(name);
                }
            }
        }
        return new Merged<>(construct(base, components, values), List.copyOf(fromElsewhere), List.copyOf(clashes));
    }

    /** The fields (not the stamps) in which two versions of a record differ. */
    public static <R extends Record> List<String> differences(R a, R b) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            if (!STAMPS.contains(component.getName()) && !Objects.equals(value(component, a), value(component, b))) {
                names.add(component.getName());
            }
        }
        return names;
    }

    /** {@code onto} with the named fields taken from {@code from}. */
    public static <R extends Record> R withFields(R onto, R from, List<String> names) {
        RecordComponent[] components = onto.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i], names.contains(components[i].getName()) ? from : onto);
        }
        return construct(onto, components, values);
    }

    private static Object value(RecordComponent component, Record of) {
        try {
            return component.getAccessor().invoke(of);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + of.getClass(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> R construct(R like, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = like.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + like.getClass(), e);
        }
    }
}
