package nl.werkbank.core.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.werkbank.core.meetings.AttendanceStatus;

/**
 * The facilitator's view of a werkteam: its current members' attendance over its last meetings, who missed the last
 * three they were expected at (uitvallers opnieuw betrekken), and who sits at the table by corner of the vierhoek.
 */
public record TeamPresence(String team, List<LocalDate> meetings, List<Member> members, Map<Corner, Integer> composition) {

    /** A current member: their status per meeting (null: not on that list) and whether they dropped out. */
    public record Member(String name, String organization, Corner corner, List<AttendanceStatus> statuses,
                         boolean absentThreeInARow) {
    }
}
