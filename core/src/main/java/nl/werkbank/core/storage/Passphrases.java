package nl.werkbank.core.storage;

import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;

/** What a passphrase must be (at least {@value #MINIMUM} characters) and a plain estimate of how strong it is. */
public final class Passphrases {

    public static final int MINIMUM = 10;

    public enum Strength { TOO_SHORT, WEAK, FAIR, STRONG }

    private Passphrases() {
    }

    /**
     * Long beats clever: four or more words, or 20 characters, is strong; a short one with few kinds of characters
     * is weak.
     */
    public static Strength strength(char[] passphrase) {
        String text = new String(passphrase).strip();
        if (text.length() < MINIMUM) {
            return Strength.TOO_SHORT;
        }
        int words = text.split("\\s+").length;
        if (words >= 4 || text.length() >= 20) {
            return Strength.STRONG;
        }
        int kinds = (text.chars().anyMatch(Character::isLowerCase) ? 1 : 0) + (text.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (text.chars().anyMatch(Character::isDigit) ? 1 : 0) + (text.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        return kinds >= 3 || text.length() >= 14 ? Strength.FAIR : Strength.WEAK;
    }

    static void requireAcceptable(char[] passphrase) {
        if (passphrase == null || strength(passphrase) == Strength.TOO_SHORT) {
            throw new ValidationException(Problem.of("passphrase", "error.passphrase.tooShort", MINIMUM));
        }
    }
}
