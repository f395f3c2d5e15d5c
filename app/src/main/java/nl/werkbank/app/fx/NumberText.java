package nl.werkbank.app.fx;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads numbers as Dutch users type them: "1,5" and "1.5" are both one and a half; empty is zero. */
public final class NumberText {

    private NumberText() {
    }

    /** A whole number such as minutes or a headcount (may be negative: the caller or the core refuses that). */
    public static Optional<Integer> wholeNumber(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.of(0);
        }
        try {
            return Optional.of(Integer.valueOf(trimmed));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Hours with a decimal comma or point, e.g. "1,5". */
    public static Optional<BigDecimal> hours(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.of(BigDecimal.ZERO);
        }
        if (!trimmed.matches("-?\\d{1,6}([.,]\\d{1,6})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed.replace(',', '.')));
    }
}
