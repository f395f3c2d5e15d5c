package nl.werkbank.core.hours;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;

/** A reporting period, both ends inclusive: a calendar half-year by default, a year, a school year or any range. */
public record Period(LocalDate from, LocalDate to, String label) {

    private static final Pattern HALF_YEAR = Pattern.compile("^(\\d{4})-H([12])$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("^(\\d{4})/(\\d{4})$");

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationException(Problem.of("period", "error.period.invalid"));
        }
    }

    public static Period halfYear(int year, int half) {
        return half == 1 ? new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), year + "-H1")
                : new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), year + "-H2");
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year));
    }

    /** 1 August – 31 July. */
    public static Period schoolYear(int startYear) {
        return new Period(LocalDate.of(startYear, 8, 1), LocalDate.of(startYear + 1, 7, 31), startYear + "/" + (startYear + 1));
    }

    public static Period range(LocalDate from, LocalDate to) {
        return new Period(from, to, from + "_" + to);
    }

    /** The half-year before the one {@code today} falls in. */
    public static Period lastCompletedHalfYear(LocalDate today) {
        return today.getMonth().compareTo(Month.JULY) < 0 ? halfYear(today.getYear() - 1, 2) : halfYear(today.getYear(), 1);
    }

    /** "2022-H1", "2022-H2", "2022" or "2021/2022". */
    public static Period parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase();
        Matcher m = HALF_YEAR.matcher(value);
        if (m.matches()) {
            return halfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = YEAR.matcher(value);
        if (m.matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        m = SCHOOL_YEAR.matcher(value);
        if (m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1) {
            return schoolYear(Integer.parseInt(m.group(1)));
        }
        throw new ValidationException(Problem.of("period", "error.period.format", text));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean isHalfYear() {
        return HALF_YEAR.matcher(label).matches();
    }

    /** The half-year before (−1) or after (+1) this one. */
    public Period shiftHalfYear(int direction) {
        int index = from.getYear() * 2 + (from.getMonthValue() >= 7 ? 1 : 0) + Integer.signum(direction);
        return halfYear(index / 2, index % 2 + 1);
    }
}
