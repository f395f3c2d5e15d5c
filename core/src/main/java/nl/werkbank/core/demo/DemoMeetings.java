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
import nl.werkbank.core.learning.FollowUp;
import nl.werkbank.core.learning.FollowUpStatus;
import nl.werkbank.core.learning.LearningForm;
import nl.werkbank.core.learning.LearningLevel;
import nl.werkbank.core.learning.LearningNote;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.CheckIn;
import nl.werkbank.core.meetings.CheckOut;
import nl.werkbank.core.meetings.EvaluationAnswer;
import nl.werkbank.core.meetings.EvaluationQuestion;
import nl.werkbank.core.meetings.GuestRequest;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.Venue;
import nl.werkbank.core.meetings.VisitorCategory;

/**
 * Two school years of werkteam meetings (8 per team per year, online in 2020–2021, hybrid and physical
 * later; Armoede en schulden also met in the first half of 2020) with attendance, rounds and learning notes with
 * their follow-up, and the 13 kenniscafés of 2020–2022 on the source documents' dates, each team organising three.
 * Seeded randomness: the demo is the same every time.
 */
final class DemoMeetings {

    /**
     * Date, title, organising team (null: the Werkplaats itself), form and visitors: about 500 over the 13, some 40 a
     * café; 28-10-2021 had "ruim vijftig studenten".
     */
    private static final Object[][] KENNISCAFES = {
        {"2020-12-10", "Positieve gezondheid", "GS", "Dialoogtafel", 34},
        {"2021-01-21", "De Doorbraakmethode", "MP", "Podium", 41},
        {"2021-02-18", "Passende ondersteuning bij schuldhulpverlening", "AS", "Klaslokaal", 38},
        {"2021-04-12", "Uitdagingen in het sociaal domein", null, "Podium", 36},
        {"2021-05-31", "De scootmobiel", "GS", "Dialoogtafel", 29},
        {"2021-06-24", "Klantgesprek over schulden", "AS", "Werkplaatsgesprek", 33},
        {"2021-10-28", "Werken in wijkteams", "MP", "Klaslokaal", 70},
        {"2021-12-16", "Vertrouwen en (on)fatsoen", "AS", "Dialoogtafel", 37},
        {"2022-02-24", "De autonomie van de sociaal professional", null, "Podium", 35},
        {"2022-03-28", "Hulpvragen en preventief werken", "MP", "Werkplaatsgesprek", 31},
        {"2022-04-21", "Meten in het sociaal domein", "GS", "Klaslokaal", 40},
        {"2022-05-30", "Vertrouwen geven en ontvangen", null, "Dialoogtafel", 44},
        {"2022-10-31", "Inspraak", null, "Podium", 32},
    };
    /** Armoede en schulden met before the Werkplaats' school-year rhythm: once in person, then online (corona). */
    private static final String[] EARLY_2020 = {"2020-02-13", "2020-03-26", "2020-04-16", "2020-05-14", "2020-06-11"};
    private static final int[] SCHOOL_YEAR_MONTHS = {9, 10, 11, 1, 2, 3, 5, 6};

    private final Werkbank werkbank;
    private final Random random = new Random(2020);
    /** For what was added later (cafés, follow-ups): its own sequence, so the rest of the demo stays as it was. */
    private final Random later = new Random(2013);
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
        for (String date : EARLY_2020) {
            LocalDate day = LocalDate.parse(date);
            teamMeeting(teams.get("AS"), day, organizations, day.getMonthValue() < 3 ? MeetingMode.PHYSICAL : MeetingMode.ONLINE);
        }
        int cafeIndex = 0;
        for (Object[] cafe : KENNISCAFES) {
            kenniscafe(LocalDate.parse((String) cafe[0]), (String) cafe[1], cafe[2] == null ? null : teams.get((String) cafe[2]),
                    (String) cafe[3], (Integer) cafe[4], cafeIndex++ < 4, organizations);
        }
        focusGroup(List.of(teams.get("AS"), teams.get("GS"), teams.get("MP")), LocalDate.of(2022, 6, 23));
    }

    /**
     * The Werkplaats looks back on the school year with a focusgroep of members of all three teams: three evaluation
     * rounds, answered like a check-in (now and then a pass).
     */
    private void focusGroup(List<UUID> teams, LocalDate date) {
        Meeting meeting = werkbank.meetings().create(Meeting.create(null, MeetingType.FOCUS_GROUP, date, LocalTime.of(15, 0),
                LocalTime.of(16, 30), MeetingMode.PHYSICAL).withPlan(MeetingType.FOCUS_GROUP, date, LocalTime.of(15, 0),
                LocalTime.of(16, 30), MeetingMode.PHYSICAL, physical.get(2).id())
                .withTitle("Focusgroep: terugblik op het schooljaar"), null);
        List<UUID> people = new java.util.ArrayList<>();
        for (UUID team : teams) {
            werkbank.teams().membersOn(team, date).stream().limit(4).map(member -> member.membership().personId())
                    .filter(person -> !people.contains(person)).forEach(people::add);
        }
        for (UUID person : people) {
            werkbank.attendance().addGuest(meeting.id(), new GuestRequest(person, null, null, null, false, false));
        }
        for (AttendanceLine line : werkbank.attendance().lines(meeting.id())) {
            werkbank.attendance().setStatus(line.attendance().id(), AttendanceStatus.PRESENT);
            for (EvaluationQuestion question : EvaluationQuestion.values()) {
                List<String> answers = DemoTexts.EVALUATION.get(question.ordinal());
                boolean passed = later.nextInt(12) == 0;
                werkbank.rounds().saveEvaluationAnswer(EvaluationAnswer.create(meeting.id(), line.attendance().personId(),
                        question, passed ? null : answers.get(later.nextInt(answers.size())), false, passed));
            }
        }
    }

    private void teamMeeting(UUID team, LocalDate date, Map<String, UUID> organizations) {
        teamMeeting(team, date, organizations, date.isBefore(LocalDate.of(2021, 9, 1)) ? MeetingMode.ONLINE
                : date.isBefore(LocalDate.of(2022, 1, 1)) ? MeetingMode.HYBRID : MeetingMode.PHYSICAL);
    }

    private void teamMeeting(UUID team, LocalDate date, Map<String, UUID> organizations, MeetingMode mode) {
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
        LearningNote note = werkbank.learningNotes().save(LearningNote.create(meeting.id(), level,
                LearningForm.values()[random.nextInt(LearningForm.values().length)],
                pick(DemoTexts.LEARNING), level == LearningLevel.ORGANIZATION ? organizations.get("Welzijn Capelle") : null));
        followUp(note, date);
    }

    /** Older notes have often been picked up, some carried into the organisation's own work (doorwerking). */
    private void followUp(LearningNote note, LocalDate date) {
        int roll = later.nextInt(10);
        if (date.isAfter(LocalDate.of(2022, 6, 30)) || roll < 3) {
            return;
        }
        FollowUpStatus status = roll < 7 ? FollowUpStatus.PICKED_UP : FollowUpStatus.EMBEDDED;
        werkbank.learningNotes().followUp(note.id(), new FollowUp(status, date.plusWeeks(3 + later.nextInt(10)),
                DemoTexts.FOLLOW_UPS.get(later.nextInt(DemoTexts.FOLLOW_UPS.size()))));
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

    private void kenniscafe(LocalDate date, String title, UUID organizer, String form, int visitors, boolean firstOnline,
                            Map<String, UUID> organizations) {
        // Online until the spring of 2022; from 30 May 2022 in person again.
        boolean online = date.isBefore(LocalDate.of(2022, 5, 30));
        MeetingMode mode = online ? MeetingMode.ONLINE : MeetingMode.PHYSICAL;
        Venue venue = online ? this.online : physical.get(later.nextInt(physical.size()));
        // The first online cafés drew many registrations: between 50 and 80.
        int registrations = firstOnline ? 50 + later.nextInt(31) : visitors + 5 + later.nextInt(15);
        Meeting cafe = werkbank.meetings().create(Meeting.create(null, MeetingType.KNOWLEDGE_CAFE, date, LocalTime.of(15, 30),
                LocalTime.of(17, 0), mode).withPlan(MeetingType.KNOWLEDGE_CAFE, date, LocalTime.of(15, 30), LocalTime.of(17, 0),
                mode, venue.id()).withTitle(title).withRegistrations(registrations).withOrganizer(organizer, form), null);
        int students = date.equals(LocalDate.of(2021, 10, 28)) ? 52 : visitors * 3 / 10 + later.nextInt(3);
        int residents = Math.min(visitors - students, visitors / 7 + later.nextInt(3));
        int outside = Math.min(visitors - students - residents, later.nextInt(4));
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.STUDENT, students);
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.RESIDENT, residents);
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.OUTSIDE_REGION, outside);
        int professionals = visitors - students - residents - outside;
        // Colleagues and managers members brought along, counted under their organisation (in-kind when a partner).
        for (String organization : List.of(BROUGHT_ALONG.get(later.nextInt(BROUGHT_ALONG.size())),
                BROUGHT_ALONG.get(later.nextInt(BROUGHT_ALONG.size())))) {
            int brought = Math.min(professionals, 1 + later.nextInt(3));
            if (brought > 0 && organizations.containsKey(organization)) {
                int already = werkbank.meetings().organizationVisitors(cafe.id()).stream()
                        .filter(v -> v.organizationId().equals(organizations.get(organization)))
                        .mapToInt(nl.werkbank.core.meetings.OrganizationVisitors::visitors).sum();
                werkbank.meetings().setOrganizationVisitors(cafe.id(), organizations.get(organization), already + brought);
                professionals -= brought;
            }
        }
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.PROFESSIONAL, professionals);
    }

    private static final List<String> BROUGHT_ALONG = List.of("Gemeente Rotterdam", "Welzijn Capelle", "DOCK",
            "Gemeente Nissewaard", "Gemeente Barendrecht");

    private String pick(List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }
}
