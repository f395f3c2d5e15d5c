package nl.werkbank.core.imports;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A meeting as the file gives it: date, times (the file's or the mapping's) and its lines. */
public record PlannedMeeting(String sheet, LocalDate date, LocalTime start, LocalTime end, boolean timesFromFile,
                             List<PlannedLine> lines) {
}
