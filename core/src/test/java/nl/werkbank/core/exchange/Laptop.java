package nl.werkbank.core.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.GuestRequest;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.TeamRow;

/** What a facilitator does on a laptop between two exchanges, generated from a seed. */
final class Laptop {

    private static final AttendanceStatus[] STATUSES = {AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.ONLINE,
        AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT};
    private static final BigDecimal[] PREPARATION = {BigDecimal.ZERO, new BigDecimal("0.50"), new BigDecimal("1.50")};

    private Laptop() {
    }

    /** New meetings of one team in the second half of 2022, with attendance, preparation and a late arrival. */
    static void runMeetings(Werkbank werkbank, String teamName, long seed, int meetings) {
        Random random = new Random(seed);
        UUID team = team(werkbank, teamName);
        for (int i = 0; i < meetings; i++) {
            Meeting meeting = werkbank.meetings().create(Meeting.create(team, MeetingType.TEAM_MEETING,
                    LocalDate.of(2022, 9, 6).plusWeeks(3L * i), LocalTime.of(13, 30), LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
            for (AttendanceLine line : werkbank.attendance().lines(meeting.id())) {
                UUID id = line.attendance().id();
                AttendanceStatus status = STATUSES[random.nextInt(STATUSES.length)];
                werkbank.attendance().setStatus(id, status);
                if (status == AttendanceStatus.PRESENT) {
                    werkbank.attendance().setPreparation(id, PREPARATION[random.nextInt(PREPARATION.length)]);
                    if (random.nextInt(4) == 0) {
                        werkbank.attendance().setTiming(id, 30, 0);
                    }
                }
            }
        }
    }

    /**
     * Random edits touching what other laptops touch too: new meetings, renamed shared meetings and people,
     * deleted meetings and attendance lines, the same person added as a guest to a shared meeting.
     */
    static void randomEdits(Werkbank werkbank, long seed) {
        Random random = new Random(seed);
        List<TeamRow> teams = werkbank.teams().list();
        runMeetings(werkbank, teams.get(random.nextInt(teams.size())).team().name(), seed, 2);
        List<MeetingRow> shared = werkbank.meetings().list(null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 8, 31));
        List<Person> people = werkbank.people().list().stream().map(row -> row.person()).toList();
        for (int step = 0; step < 12; step++) {
            Meeting meeting = shared.get(random.nextInt(Math.min(8, shared.size()))).meeting();
            if (!exists(werkbank, meeting.id())) {
                continue;
            }
            switch (random.nextInt(6)) {
                case 0 -> werkbank.meetings().save(werkbank.meetings().get(meeting.id()).withTitle("Titel " + seed + "-" + step));
                case 1 -> {
                    Person person = people.get(random.nextInt(5));
                    werkbank.people().save(werkbank.people().get(person.id()).withName(person.name() + " (" + seed + ")"), true);
                }
                case 2 -> {
                    if (random.nextInt(3) == 0) {
                        werkbank.meetings().delete(meeting.id());
                    }
                }
                case 3 -> {
                    List<AttendanceLine> lines = werkbank.attendance().lines(meeting.id());
                    if (!lines.isEmpty()) {
                        werkbank.attendance().remove(lines.get(random.nextInt(lines.size())).attendance().id());
                    }
                }
                case 4 -> {
                    Person guest = people.get(people.size() - 1 - random.nextInt(3));
                    boolean listed = werkbank.attendance().lines(meeting.id()).stream()
                            .anyMatch(l -> l.attendance().personId().equals(guest.id()));
                    if (!listed) {
                        werkbank.attendance().addGuest(meeting.id(), new GuestRequest(guest.id(), null, null, null, false, false));
                    }
                }
                default -> {
                    List<AttendanceLine> lines = werkbank.attendance().lines(meeting.id());
                    if (!lines.isEmpty()) {
                        werkbank.attendance().setStatus(lines.get(random.nextInt(lines.size())).attendance().id(),
                                STATUSES[random.nextInt(STATUSES.length)]);
                    }
                }
            }
        }
    }

    private static boolean exists(Werkbank werkbank, UUID meetingId) {
        try {
            werkbank.meetings().get(meetingId);
            return true;
        } catch (RuntimeException gone) {
            return false;
        }
    }

    private static UUID team(Werkbank werkbank, String name) {
        return werkbank.teams().list().stream().filter(row -> row.team().name().equals(name)).findFirst().orElseThrow().team().id();
    }
}
