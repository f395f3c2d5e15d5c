package nl.werkbank.core.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.learning.LearningForm;
import nl.werkbank.core.learning.LearningLevel;
import nl.werkbank.core.learning.LearningNote;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.CheckIn;
import nl.werkbank.core.meetings.CheckOut;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.Venue;
import nl.werkbank.core.meetings.VisitorCategory;

/**
 * Two school years of werkteam meetings (8 per team per year, online in 2020–2021, hybrid and physical
 * later) with attendance and rounds, and the 13 kenniscafés of 2020–2022 on the source documents' dates.
 * Seeded randomness: the demo is the same every time.
 */
final class DemoMeetings {

    private static final Object[][] KENNISCAFES = {
        {"2020-12-10", "Positieve gezondheid"}, {"2021-01-21", "De Doorbraakmethode"},
        {"2021-02-18", "Passende ondersteuning bij schuldhulpverlening"}, {"2021-04-12", "Uitdagingen in het sociaal domein"},
        {"2021-05-31", "De scootmobiel"}, {"2021-06-24", "Klantgesprek over schulden"},
        {"2021-10-28", "Werken in wijkteams"}, {"2021-12-16", "Vertrouwen en (on)fatsoen"},
        {"2022-02-24", "De autonomie van de sociaal professional"}, {"2022-03-28", "Hulpvragen en preventief werken"},
        {"2022-04-21", "Meten in het sociaal domein"}, {"2022-05-30", "Vertrouwen geven en ontvangen"},
        {"2022-10-31", "Inspraak"},
    };
    private static final int[] SCHOOL_YEAR_MONTHS = {9, 10, 11, 1, 2, 3, 5, 6};

    private final Werkbank werkbank;
    private final Random random = new Random(2020);
    private final DemoDecisions decisions;
    private Venue online;
    private List<Venue> physical;

    DemoMeetings(Werkbank werkbank) {
        this.werkbank = werkbank;
        this.decisions = new DemoDecisions(werkbank);
    }

    void build(Map<String, UUID> teams, Map<String, UUID> organizations) {
        online = werkbank.meetings().createVenue("Microsoft Teams", "online");
        physical = List.of(
                werkbank.meetings().createVenue("Buurthuis De Zuid", "Rotterdam-Zuid"),
                werkbank.meetings().createVenue("Hogeschool Inholland", "Rotterdam"),
                werkbank.meetings().createVenue("Hogeschool Rotterdam", "Rotterdam"),
                werkbank.meetings().createVenue("Gemeentehuis Capelle aan den IJssel", "Capelle aan den IJssel"));
        DayOfWeek[] days = {DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.WEDNESDAY};
        int index = 0;
        for (String team : List.of("AS", "GS", "MP")) {
            for (int schoolYear = 2020; schoolYear <= 2021; schoolYear++) {
                for (int month : SCHOOL_YEAR_MONTHS) {
                    int year = month >= 9 ? schoolYear : schoolYear + 1;
                    LocalDate date = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, days[index]));
                    teamMeeting(teams.get(team), date, organizations);
                }
            }
            index++;
        }
        for (Object[] cafe : KENNISCAFES) {
            kenniscafe(LocalDate.parse((String) cafe[0]), (String) cafe[1]);
        }
    }

    private void teamMeeting(UUID team, LocalDate date, Map<String, UUID> organizations) {
        MeetingMode mode = date.isBefore(LocalDate.of(2021, 9, 1)) ? MeetingMode.ONLINE
                : date.isBefore(LocalDate.of(2022, 1, 1)) ? MeetingMode.HYBRID : MeetingMode.PHYSICAL;
        LocalTime start = LocalTime.of(14, 0);
        LocalTime end = random.nextBoolean() ? LocalTime.of(15, 30) : LocalTime.of(16, 0);
        Venue venue = mode == MeetingMode.ONLINE ? online : physical.get(random.nextInt(physical.size()));
        String question = werkbank.checkInQuestions().suggest(team, date, null);
        Meeting meeting = werkbank.meetings().create(Meeting.create(team, MeetingType.TEAM_MEETING, date, start, end, mode)
                .withPlan(MeetingType.TEAM_MEETING, date, start, end, mode, venue.id())
                .withGoals("Ervaringen delen en de volgende stap in het experiment bepalen.")
                .withCheckInQuestion(question), null);
        for (String[] item : DemoTexts.AGENDA) {
            var added = werkbank.agenda().add(meeting.id(), item[0], item[1], Integer.valueOf(item[2]));
            werkbank.agenda().save(added.withActualMinutes(Integer.parseInt(item[2]) + random.nextInt(11) - 5));
        }
        for (AttendanceLine line : werkbank.attendance().lines(meeting.id())) {
            attend(meeting, line);
        }
        decisions.afterMeeting(meeting, werkbank.attendance().lines(meeting.id()).stream()
                .filter(line -> line.attendance().status().counts()).map(line -> line.attendance().personId()).toList());
        LearningLevel level = LearningLevel.values()[random.nextInt(LearningLevel.values().length)];
        werkbank.learningNotes().save(LearningNote.create(meeting.id(), level,
                LearningForm.values()[random.nextInt(LearningForm.values().length)],
                pick(DemoTexts.LEARNING), level == LearningLevel.ORGANIZATION ? organizations.get("Welzijn Capelle") : null));
    }

    private void attend(Meeting meeting, AttendanceLine line) {
        UUID id = line.attendance().id();
        int roll = random.nextInt(100);
        AttendanceStatus status = roll < 72 ? (meeting.mode() == MeetingMode.PHYSICAL ? AttendanceStatus.PRESENT
                : meeting.mode() == MeetingMode.ONLINE ? AttendanceStatus.ONLINE
                : random.nextBoolean() ? AttendanceStatus.PRESENT : AttendanceStatus.ONLINE)
                : roll < 88 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
        werkbank.attendance().setStatus(id, status);
        if (!status.counts()) {
            return;
        }
        if (random.nextInt(10) == 0) {
            werkbank.attendance().setTiming(id, 15, 0);
        }
        UUID person = line.attendance().personId();
        boolean passed = random.nextInt(15) == 0;
        werkbank.rounds().saveCheckIn(CheckIn.create(meeting.id(), person, passed ? null : pick(DemoTexts.CHECK_INS),
                passed ? null : 2 + random.nextInt(4), random.nextInt(20) == 0, passed));
        werkbank.rounds().saveCheckOut(CheckOut.create(meeting.id(), person, pick(DemoTexts.TAKEAWAYS),
                random.nextInt(3) == 0 ? null : pick(DemoTexts.INTENTIONS), false, false));
    }

    private void kenniscafe(LocalDate date, String title) {
        boolean corona = date.isBefore(LocalDate.of(2021, 9, 1));
        MeetingMode mode = corona ? MeetingMode.ONLINE : MeetingMode.PHYSICAL;
        Venue venue = corona ? online : physical.get(random.nextInt(physical.size()));
        int visitors = 40 + random.nextInt(41);
        Meeting cafe = werkbank.meetings().create(Meeting.create(null, MeetingType.KNOWLEDGE_CAFE, date, LocalTime.of(15, 30),
                LocalTime.of(17, 0), mode).withPlan(MeetingType.KNOWLEDGE_CAFE, date, LocalTime.of(15, 30), LocalTime.of(17, 0),
                mode, venue.id()).withTitle(title).withRegistrations(visitors + 5 + random.nextInt(15)), null);
        int students = visitors / 5 + random.nextInt(5);
        int residents = visitors / 10 + random.nextInt(4);
        int outside = random.nextInt(6);
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.STUDENT, students);
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.RESIDENT, residents);
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.OUTSIDE_REGION, outside);
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.PROFESSIONAL, visitors - students - residents - outside);
    }

    private String pick(List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }
}
