package nl.werkbank.core.imports;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One meeting of the file: whether the team already has a meeting that day (then the lines join it, never a second
 * meeting), and how many lines are new, changed or the same.
 */
public record MeetingPreview(String sheet, LocalDate date, LocalTime start, LocalTime end, boolean timesFromFile,
                             boolean existing, int added, int changed, int same) {
}
