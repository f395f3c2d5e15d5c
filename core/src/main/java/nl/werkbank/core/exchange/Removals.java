package nl.werkbank.core.exchange;

import java.util.Map;

/**
 * What an import removes here, counted in the database itself: the records the file deletes and everything that goes
 * with them (a meeting takes its attendance, check-ins and votes along), per kind; and how many of the check-ins
 * removed were private. Shown before an import and confirmed.
 */
public record Removals(Map<String, Long> perKind, long privateCheckIns) {

    static final Removals NONE = new Removals(Map.of(), 0);

    public boolean isEmpty() {
        return perKind.isEmpty();
    }

    public long total() {
        return perKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
