package nl.werkbank.core.meetings;

/** An attendance line with the names the presentielijst shows. */
public record AttendanceLine(Attendance attendance, String personName, String organizationName) {
}
