package nl.werkbank.core.common;

import java.time.LocalDate;

/** An inclusive date range; a null {@code to} means open-ended ("tot heden"). */
public record DateRange(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    public boolean overlaps(DateRange other) {
        boolean startsBeforeOtherEnds = other.to == null || !from.isAfter(other.to);
        boolean otherStartsBeforeThisEnds = to == null || !other.from.isAfter(to);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
