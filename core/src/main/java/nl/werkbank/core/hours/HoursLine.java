package nl.werkbank.core.hours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.VisitorCategory;

/**
 * One line behind the numbers: an attendance line, or visitors of a public meeting (then {@code personName} is
 * null and {@code visitors} &gt; 0): an anonymous headcount per category, or visitors counted under an organisation
 * ({@code organizationId} set, category professional). Hours are exact decimals with two places.
 */
public record HoursLine(UUID attendanceId, UUID meetingId, LocalDate date, String teamName, String meetingTitle,
                        MeetingType meetingType, UUID personId, String personName, UUID organizationId,
                        String organizationName, AttendanceStatus status, VisitorCategory visitorCategory, int visitors,
                        boolean partner, BigDecimal meetingHours, BigDecimal preparationHours, BigDecimal travelHours) {

    public BigDecimal totalHours() {
        return meetingHours.add(preparationHours).add(travelHours);
    }

    /**
     * The Overig rule, in one place: a line counts for its organisation when that was a partner on the meeting date,
     * otherwise (no partner, no organisation, anonymous visitors) for Overig, here called {@code overigName}.
     */
    public String countsFor(String overigName) {
        return countsForOverig() ? overigName : organizationName;
    }

    public boolean countsForOverig() {
        return !partner;
    }

    /** Visitors of a public meeting rather than a named person's attendance. */
    public boolean isVisitors() {
        return visitorCategory != null;
    }

    /** An anonymous headcount: visitors without an organisation, always Overig. */
    public boolean isHeadcount() {
        return visitorCategory != null && organizationId == null;
    }
}
