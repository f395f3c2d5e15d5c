package nl.werkbank.core.meetings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.werkbank.core.teams.MembershipRole;

/**
 * A line on the presentielijst. {@code organizationId} is the organisation the person represented on the
 * meeting date, copied when the line is made so later history edits never move recorded hours.
 */
public record Attendance(UUID id, UUID meetingId, UUID personId, UUID organizationId, MembershipRole role,
                         AttendanceStatus status, int lateMinutes, int earlyMinutes, BigDecimal preparationHours,
                         BigDecimal travelHours, boolean guest, Instant createdAt, Instant updatedAt) {

    public Attendance withStatus(AttendanceStatus newStatus) {
        return new Attendance(id, meetingId, personId, organizationId, role, newStatus, lateMinutes, earlyMinutes,
                preparationHours, travelHours, guest, createdAt, updatedAt);
    }

    /** Organisation of the day, late/early minutes, preparation and travel hours of this line. */
    public Attendance withLine(UUID newOrganizationId, int late, int early, BigDecimal preparation, BigDecimal travel) {
        return new Attendance(id, meetingId, personId, newOrganizationId, role, status, late, early, preparation, travel, guest,
                createdAt, updatedAt);
    }

    /** Minutes of the meeting this person is credited with (0 unless present or online). */
    public int creditedMinutes(int meetingMinutes) {
        return status.counts() ? Math.max(0, meetingMinutes - lateMinutes - earlyMinutes) : 0;
    }
}
