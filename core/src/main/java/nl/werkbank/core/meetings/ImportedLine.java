package nl.werkbank.core.meetings;

import java.util.UUID;

/**
 * What putting one line of an imported presentielijst on a meeting did: added it, changed an existing line (whose
 * status and organisation before are kept so the import can be undone), or found it the same.
 */
public record ImportedLine(UUID attendanceId, Outcome outcome, AttendanceStatus previousStatus, UUID previousOrganizationId) {

    public enum Outcome {
        ADDED,
        CHANGED,
        SAME
    }
}
