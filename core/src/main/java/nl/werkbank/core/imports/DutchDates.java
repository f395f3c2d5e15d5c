package nl.werkbank.core.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as people type them on presentielijsten: 14-3-2019, 14/03/19, 2019-03-14, "14 maart 2019",
 * "do 14 mrt. 2019", "Datum: 14-3-2019", and Excel serial numbers (43538) when a date cell lost its format.
 */
public final class DutchDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mrt", 3), Map.entry("maa", 3), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})[-/.](\\d{1,2})[-/.](\\d{1,4})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s+([a-z]{3,10})\\.?\\s+(\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");
    private static final Pattern TIMES = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*(?:uur\\s*)?(?:-|–|tot)\\s*(\\d{1,2})[:.](\\d{2})");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private DutchDates() {
    }

    /** The date in {@code text}, read with {@code order} when it is written in numbers only. */
    public static Optional<LocalDate> parse(String text, DateOrder order) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (SERIAL.matcher(t).matches()) {
            int days = (int) Double.parseDouble(t);
            // 1954 to 2119: a five-digit number in a date column is a lost date format, not a count.
            return days > 20000 && days < 80000 ? Optional.of(EXCEL_EPOCH.plusDays(days)) : Optional.empty();
        }
        Matcher numeric = NUMERIC.matcher(t);
        if (numeric.find()) {
            return numeric(numeric, order);
        }
        Matcher words = WORDS.matcher(t);
        if (words.find()) {
            String month = words.group(2);
            Integer m = MONTHS.get(month.substring(0, 3));
            if (m == null) {
                return Optional.empty();
            }
            return of(Integer.parseInt(words.group(3)), m, Integer.parseInt(words.group(1)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> numeric(Matcher m, DateOrder order) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int c = Integer.parseInt(m.group(3));
        if (m.group(1).length() == 4) {
            return of(a, b, c);
        }
        int year = m.group(3).length() == 2 ? 2000 + c : c;
        if (m.group(3).length() != 2 && m.group(3).length() != 4) {
            return Optional.empty();
        }
        return order == DateOrder.MONTH_DAY_YEAR ? of(year, a, b) : of(year, b, a);
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        if (year < 1990 || year > 2100) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Start and end time in text such as "19:00-21:00", "Tijd: 19.00 tot 21.00 uur". */
    public static Optional<LocalTime[]> times(String text) {
        Matcher m = TIMES.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalTime start = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            LocalTime end = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            return end.isAfter(start) ? Optional.of(new LocalTime[] {start, end}) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
