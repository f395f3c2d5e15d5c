package nl.werkbank.core.learning;

import java.time.LocalDate;

/** A learning note's follow-up: its status, since when, and a short note on where it landed. */
public record FollowUp(FollowUpStatus status, LocalDate date, String note) {

    public static final FollowUp OPEN = new FollowUp(FollowUpStatus.OPEN, null, null);
}
