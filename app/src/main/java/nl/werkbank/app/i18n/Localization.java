package nl.werkbank.app.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkbank.core.common.Problem;

/**
 * All visible text. Keys live in {@code messages_nl.properties} and {@code messages_en.properties};
 * dates are shown as dd-MM-yyyy in both languages, as Dutch users expect.
 */
public final class Localization {

    public static final String BUNDLE = "nl.werkbank.app.messages";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Language language;
    private final ResourceBundle bundle;
    /** Enum values are asked for per table row and per workbook line (250,000 times): each formatted once. */
    private final Map<Enum<?>, String> enumTexts = new ConcurrentHashMap<>();

    public Localization(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}; arguments fill {0}, {1}, … (dates as dd-MM-yyyy, a missing end date as "heden"). */
    public String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Every value is a MessageFormat pattern, with or without arguments: '' is always one apostrophe.
        Object[] formatted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            formatted[i] = format(args[i]);
        }
        return new MessageFormat(pattern, language.locale()).format(formatted);
    }

    public String tr(Problem problem) {
        return tr(problem.key(), problem.args().toArray());
    }

    public String tr(Enum<?> value) {
        return value == null ? "" : enumTexts.computeIfAbsent(value, v -> tr(v.getDeclaringClass().getSimpleName().substring(0, 1)
                .toLowerCase() + v.getDeclaringClass().getSimpleName().substring(1) + "." + v.name()));
    }

    /** Short weekday in the UI language: "do" / "Thu". */
    public String weekday(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEE", language.locale()).format(date).replace(".", "");
    }

    /** Hours with a decimal comma in Dutch: 1,5 · 2 · 0,25. */
    public String hours(java.math.BigDecimal hours) {
        return decimal(hours, 0);
    }

    /** Hours as the accounts want them: always two decimals (3,00 · 1,25). */
    public String hoursExact(java.math.BigDecimal hours) {
        return decimal(hours, 2);
    }

    private String decimal(java.math.BigDecimal value, int minimumDecimals) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(minimumDecimals);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A count with thousands grouped as the language writes them: 270.860 in Dutch, 270,860 in English. */
    public String count(long value) {
        return java.text.NumberFormat.getIntegerInstance(language.locale()).format(value);
    }

    /** "€ 1.234,50" in Dutch, "€1,234.50" in English; empty for no amount. */
    public String euros(java.math.BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount).replace('\u00a0', ' ');
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "19-11-2026 14:05" in the computer's time zone. */
    public String dateTime(java.time.Instant at) {
        if (at == null) {
            return "";
        }
        java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.systemDefault());
        return date(local.toLocalDate()) + String.format(" %02d:%02d", local.getHour(), local.getMinute());
    }

    /** "01-01-2020 – heden" */
    public String period(LocalDate from, LocalDate to) {
        return date(from) + " – " + (to == null ? tr("date.open") : date(to));
    }

    private Object format(Object arg) {
        if (arg == null) {
            return tr("date.open");
        }
        if (arg instanceof LocalDate date) {
            return date(date);
        }
        if (arg instanceof java.time.LocalTime time) {
            return String.format("%02d:%02d", time.getHour(), time.getMinute());
        }
        if (arg instanceof Long || arg instanceof Integer) {
            return arg.toString();
        }
        return arg;
    }

    public List<String> keys() {
        return List.copyOf(bundle.keySet());
    }
}
