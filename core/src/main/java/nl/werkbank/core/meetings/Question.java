package nl.werkbank.core.meetings;

import java.util.UUID;

/**
 * A question in the library: for the check-in or for the uitcheck. The twelve standard check-in questions cannot be
 * changed; any question can be set aside (retired) and taken back, so what was asked in past meetings stays known.
 */
public record Question(UUID id, Kind kind, String text, int position, boolean standard, boolean retired) {

    /** Which round the question is for. */
    public enum Kind {
        CHECK_IN,
        CHECK_OUT
    }
}
