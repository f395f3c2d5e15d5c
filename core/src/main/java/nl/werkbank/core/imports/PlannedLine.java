package nl.werkbank.core.imports;

import nl.werkbank.core.meetings.AttendanceStatus;

/** One person's presence as the file gives it; {@code organization} and {@code function} may be empty. */
public record PlannedLine(String name, String organization, String function, AttendanceStatus status, String sheet,
                          String address) {
}
