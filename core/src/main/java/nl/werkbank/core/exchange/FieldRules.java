package nl.werkbank.core.exchange;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a value must be beyond its JSON type, so that a file cannot smuggle in what the screens would refuse: names not
 * blank, dates in a sane range, no instant in the future (a last-changed time in 9999 would win every merge), numbers
 * that fit their column and are not negative. Returns the message key of the first rule broken, or null.
 */
final class FieldRules {

    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);
    static final Instant FIRST_INSTANT = Instant.parse("2000-01-01T00:00:00Z");
    /** Laptops' clocks differ: a little ahead is fine, days ahead is not. */
    static final Duration CLOCK_SKEW = Duration.ofDays(2);

    private final Instant latest;

    FieldRules(Clock clock) {
        this.latest = clock.instant().plus(CLOCK_SKEW);
    }

    /** Null when {@code value} (not null) is acceptable for {@code column}; else the message key saying why not. */
    String check(Column column, Object value) {
        if (value instanceof String text && column.name().equals("name") && text.isBlank()) {
            return "error.exchange.blankName";
        }
        if (value instanceof LocalDate date && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
            return "error.exchange.dateOutOfRange";
        }
        if (value instanceof Instant instant && (instant.isBefore(FIRST_INSTANT) || instant.isAfter(latest))) {
            return "error.exchange.instantOutOfRange";
        }
        if (value instanceof BigDecimal number && !fits(column, number)) {
            return "error.exchange.numberOutOfRange";
        }
        if (value instanceof Long number && !fits(column, number)) {
            return "error.exchange.numberOutOfRange";
        }
        return null;
    }

    /** Within the column's precision and scale, and not negative (only money may be a correction below 0). */
    private static boolean fits(Column column, BigDecimal number) {
        if (number.signum() < 0 && !column.name().equals("amount") && !column.name().endsWith("_cash")) {
            return false;
        }
        BigDecimal plain = number.stripTrailingZeros();
        int scale = Math.max(plain.scale(), 0);
        int integerDigits = plain.precision() - plain.scale();
        return scale <= column.scale() && integerDigits <= column.maxLength() - column.scale();
    }

    private static boolean fits(Column column, long number) {
        if (number < 0) {
            return false;
        }
        return switch (column.sqlType()) {
            case Types.TINYINT -> number <= Byte.MAX_VALUE;
            case Types.SMALLINT -> number <= Short.MAX_VALUE;
            case Types.INTEGER -> number <= Integer.MAX_VALUE;
            default -> true;
        };
    }
}
