package nl.werkbank.core.storage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: everything from the last 24 hours (so each of several imports on one day can be undone),
 * and the newest of each of the last 7 days, 4 weeks and 12 months that have one.
 */
final class BackupRotation {

    static final int DAYS = 7;
    static final int WEEKS = 4;
    static final int MONTHS = 12;

    private BackupRotation() {
    }

    static Set<Backup> keep(List<Backup> backups, ZoneId zone) {
        List<Backup> newestFirst = backups.stream().sorted(Comparator.comparing(Backup::created).reversed()).toList();
        Set<Backup> keep = new LinkedHashSet<>();
        Instant newest = newestFirst.isEmpty() ? Instant.MIN : newestFirst.get(0).created();
        newestFirst.stream().filter(b -> b.created().isAfter(newest.minus(Duration.ofDays(1)))).forEach(keep::add);
        keep.addAll(newestPer(newestFirst, DAYS, b -> local(b, zone).toLocalDate().toString()));
        keep.addAll(newestPer(newestFirst, WEEKS, b -> local(b, zone).get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + local(b, zone).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        keep.addAll(newestPer(newestFirst, MONTHS, b -> local(b, zone).getYear() + "-" + local(b, zone).getMonthValue()));
        return keep;
    }

    private static List<Backup> newestPer(List<Backup> newestFirst, int slots, Function<Backup, String> bucket) {
        Set<String> seen = new HashSet<>();
        return newestFirst.stream().filter(b -> seen.add(bucket.apply(b))).limit(slots).toList();
    }

    private static ZonedDateTime local(Backup backup, ZoneId zone) {
        return backup.created().atZone(zone);
    }
}
