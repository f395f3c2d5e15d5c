package nl.werkbank.core.meetings;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingServiceTest {

    @TempDir
    Path folder;
    Werkbank werkbank;
    Team team;
    Person sanne;
    Person ahmed;
    Organization rotterdam;
    Organization cvd;

    @BeforeEach
    void open() {
        werkbank = TestWerkbank.open(folder);
        team = werkbank.teams().create("Armoede en schulden", false);
        rotterdam = werkbank.organizations().create("Gemeente Rotterdam", OrganizationType.MUNICIPALITY, null, false);
        cvd = werkbank.organizations().create("CVD", OrganizationType.WELFARE_CARE, null, false);
        sanne = werkbank.people().create("Sanne de Vries", null, null, false);
        ahmed = werkbank.people().create("Ahmed Bakker", null, null, false);
        werkbank.people().saveAffiliation(Affiliation.create(sanne.id(), rotterdam.id(), of(2019, 1, 1), of(2021, 8, 31)));
        werkbank.people().saveAffiliation(Affiliation.create(sanne.id(), cvd.id(), of(2021, 9, 1), null));
        werkbank.teams().saveMembership(Membership.create(team.id(), sanne.id(), MembershipRole.CORE_MEMBER, of(2020, 1, 1), null));
        werkbank.teams().saveMembership(Membership.create(team.id(), ahmed.id(), MembershipRole.FACILITATOR, of(2020, 1, 1), null));
    }

    @AfterEach
    void close() {
        werkbank.close();
    }

    private Meeting plan(java.time.LocalDate date) {
        return werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, date, LocalTime.of(14, 0),
                LocalTime.of(16, 0), MeetingMode.PHYSICAL), null);
    }

    /** The meeting screen loads with one read: all it shows, and a check-in proposal that is not stored. */
    @Test
    void openingAMeetingReadsEverythingAndStoresNothing() {
        Meeting meeting = plan(of(2021, 9, 1));
        var before = werkbank.info().recordCounts();
        Instant changed = werkbank.meetings().get(meeting.id()).updatedAt();

        OpenMeeting open = werkbank.meetingSession().open(meeting.id());

        assertThat(open.meeting().id()).isEqualTo(meeting.id());
        assertThat(open.teamName()).isEqualTo("Armoede en schulden");
        assertThat(open.lines()).extracting(AttendanceLine::personName).containsExactly("Ahmed Bakker", "Sanne de Vries");
        assertThat(open.people()).hasSize(2);
        assertThat(open.suggestedCheckInQuestion()).isIn(werkbank.checkInQuestions().all());
        assertThat(werkbank.meetings().get(meeting.id()).checkInQuestion()).as("the proposal is not stored").isNull();
        assertThat(werkbank.meetings().get(meeting.id()).updatedAt()).isEqualTo(changed);
        assertThat(werkbank.info().recordCounts()).isEqualTo(before);
    }

    @Test
    void newMeetingListsTheMembersOfThatDayWithTheirOrganisationAndPreparationDefault() {
        Meeting before = plan(of(2021, 8, 31));
        Meeting after = plan(of(2021, 9, 1));

        List<AttendanceLine> lines = werkbank.attendance().lines(before.id());
        assertThat(lines).extracting(AttendanceLine::personName, AttendanceLine::organizationName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ahmed Bakker", null),
                        org.assertj.core.groups.Tuple.tuple("Sanne de Vries", "Gemeente Rotterdam"));
        assertThat(lines).allSatisfy(line -> assertThat(line.attendance().status()).isEqualTo(AttendanceStatus.UNKNOWN));
        assertThat(lines.get(0).attendance().preparationHours()).isEqualByComparingTo("2.00");
        assertThat(lines.get(1).attendance().preparationHours()).isEqualByComparingTo("0.50");
        assertThat(werkbank.attendance().lines(after.id())).extracting(AttendanceLine::organizationName).contains("CVD");
    }

    @Test
    void endBeforeStartAndMeetingsOverTwelveHoursAreRefusedAtTheEndField() {
        Meeting wrong = Meeting.create(team.id(), MeetingType.TEAM_MEETING, of(2021, 3, 18), LocalTime.of(14, 0),
                LocalTime.of(13, 0), MeetingMode.ONLINE);
        assertThatThrownBy(() -> werkbank.meetings().create(wrong, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).containsExactly(Problem.of("end", "error.meeting.endBeforeStart", LocalTime.of(14, 0))));
        Meeting endless = Meeting.create(team.id(), MeetingType.TEAM_MEETING, of(2021, 3, 18), LocalTime.of(8, 0),
                LocalTime.of(20, 30), MeetingMode.ONLINE);
        assertThatThrownBy(() -> werkbank.meetings().create(endless, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).containsExactly(Problem.of("end", "error.meeting.tooLong")));
        assertThat(werkbank.meetings().list(null, of(2000, 1, 1), of(2100, 1, 1))).isEmpty();
    }

    @Test
    void lateArrivalReducesCreditedTimeButNotBeyondTheMeeting() {
        Meeting meeting = plan(of(2021, 3, 18));
        AttendanceLine sanneLine = line(meeting, "Sanne de Vries");
        werkbank.attendance().setStatus(sanneLine.attendance().id(), AttendanceStatus.PRESENT);
        AttendanceLine late = werkbank.attendance().setTiming(sanneLine.attendance().id(), 15, 10);
        assertThat(late.attendance().creditedMinutes(meeting.durationMinutes())).isEqualTo(95);

        assertThatThrownBy(() -> werkbank.attendance().setTiming(sanneLine.attendance().id(), 100, 30))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(Problem.of("late", "error.attendance.tooLong", 120)));
        // Shortening the meeting below someone's late+early is refused too.
        assertThatThrownBy(() -> werkbank.meetings().save(meeting.withPlan(meeting.type(), meeting.date(), LocalTime.of(14, 0),
                LocalTime.of(14, 20), meeting.mode(), null))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems().get(0).key()).isEqualTo("error.meeting.shorterThanAttendance"));
        assertThat(line(meeting, "Sanne de Vries").attendance().lateMinutes()).isEqualTo(15);
    }

    @Test
    void negativeOrAbsurdPreparationHoursAreRefused() {
        Meeting meeting = plan(of(2021, 3, 18));
        UUID id = line(meeting, "Ahmed Bakker").attendance().id();
        assertThatThrownBy(() -> werkbank.attendance().setPreparation(id, new BigDecimal("-1")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).key())
                        .isEqualTo("error.preparation.negative"));
        assertThatThrownBy(() -> werkbank.attendance().setPreparation(id, new BigDecimal("150")))
                .isInstanceOf(ValidationException.class);
        assertThat(werkbank.attendance().setPreparation(id, new BigDecimal("1.5")).attendance().preparationHours())
                .isEqualByComparingTo("1.50");
    }

    @Test
    void proposalFollowsTheTeamsRhythmAndCopiesTheAgendaOnRequest() {
        Meeting first = plan(of(2026, 9, 17));
        plan(of(2026, 10, 15));
        Meeting third = plan(of(2026, 11, 12));
        werkbank.agenda().add(third.id(), "Incheck", "Rondje", 15);
        werkbank.agenda().add(third.id(), "Casus bespreken", "Intervisie", 60);
        assertThat(first.id()).isNotNull();

        MeetingProposal proposal = werkbank.meetings().proposeNext(team.id());
        assertThat(proposal.date()).isEqualTo(of(2026, 12, 10));
        assertThat(proposal.start()).isEqualTo(LocalTime.of(14, 0));
        assertThat(proposal.lastMeetingId()).isEqualTo(third.id());

        Meeting next = werkbank.meetings().create(Meeting.create(team.id(), MeetingType.TEAM_MEETING, proposal.date(),
                proposal.start(), proposal.end(), proposal.mode()), proposal.lastMeetingId());
        assertThat(werkbank.agenda().of(next.id())).extracting(AgendaItem::title, AgendaItem::plannedMinutes, AgendaItem::actualMinutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Incheck", 15, null),
                        org.assertj.core.groups.Tuple.tuple("Casus bespreken", 60, null));
    }

    @Test
    void anEndedTeamGetsADateWithinItsPeriodAndTheEndToWarnAbout() {
        werkbank.teams().save(team.with(team.name(), null, null, null, null, of(2021, 9, 1), of(2022, 6, 30)), false);
        plan(of(2022, 3, 17));
        plan(of(2022, 4, 14));
        MeetingProposal proposal = werkbank.meetings().proposeNext(team.id());
        assertThat(proposal.date()).isEqualTo(of(2022, 5, 12));
        assertThat(proposal.teamEnded()).isEqualTo(of(2022, 6, 30));

        plan(of(2022, 6, 16));
        assertThat(werkbank.meetings().proposeNext(team.id()).date()).isEqualTo(of(2022, 6, 30));
    }

    @Test
    void walkInGuestWithANewOrganisationIsPresentButNotAMember() {
        Meeting meeting = plan(of(2021, 3, 18));
        AttendanceLine guest = werkbank.attendance().addGuest(meeting.id(),
                new GuestRequest(null, "Kofi Mensah", null, "Buurtwerk Zuid", false, false));
        assertThat(guest.personName()).isEqualTo("Kofi Mensah");
        assertThat(guest.organizationName()).isEqualTo("Buurtwerk Zuid");
        assertThat(guest.attendance().guest()).isTrue();
        assertThat(guest.attendance().status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(werkbank.teams().membersOn(team.id(), of(2021, 3, 18))).hasSize(2);
        assertThat(werkbank.people().organizationOn(guest.attendance().personId(), of(2021, 3, 18))).get()
                .extracting(Organization::name).isEqualTo("Buurtwerk Zuid");

        assertThatThrownBy(() -> werkbank.attendance().addGuest(meeting.id(),
                new GuestRequest(sanne.id(), null, null, null, false, false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).key())
                        .isEqualTo("error.attendance.alreadyListed"));
    }

    /** One user action, one commit: a guest refused for a duplicate name leaves no organisation behind. */
    @Test
    void aRefusedGuestLeavesNoNewOrganisationAndTheConfirmedRetryCreatesOne() {
        Meeting meeting = plan(of(2021, 3, 18));
        long organisationsBefore = werkbank.info().recordCounts().get("organization");
        assertThatThrownBy(() -> werkbank.attendance().addGuest(meeting.id(),
                new GuestRequest(null, "Sanne de Vries", null, "Buurtwerk Zuid", false, false)))
                .isInstanceOf(nl.werkbank.core.common.DuplicateNameException.class);
        assertThat(werkbank.info().recordCounts()).containsEntry("organization", organisationsBefore);

        werkbank.attendance().addGuest(meeting.id(), new GuestRequest(null, "Sanne de Vries", null, "Buurtwerk Zuid", false, true));
        assertThat(werkbank.organizations().list()).filteredOn(row -> row.organization().name().equals("Buurtwerk Zuid")).hasSize(1);
    }

    /** The meeting and its list are stored together: when listing the members fails, there is no meeting either. */
    @Test
    void aMeetingWhoseListCannotBeMadeIsNotStored() {
        long meetingsBefore = werkbank.info().recordCounts().get("meeting");
        werkbank.database().transaction(c -> nl.werkbank.core.storage.Sql.update(c, "ALTER TABLE attendance ADD CONSTRAINT no_lines CHECK (1 = 0) NOCHECK"));
        assertThatThrownBy(() -> plan(of(2021, 5, 20))).isInstanceOf(RuntimeException.class);
        assertThat(werkbank.info().recordCounts()).containsEntry("meeting", meetingsBefore);
    }

    @Test
    void previousVoornemenIsTheLatestOneFromAnEarlierMeetingOfTheTeam() {
        Meeting march = plan(of(2021, 3, 18));
        Meeting april = plan(of(2021, 4, 15));
        Meeting may = plan(of(2021, 5, 20));
        werkbank.rounds().saveCheckOut(CheckOut.create(march.id(), sanne.id(), "Mooie casus", "Folder testen met twee bewoners", false, false));
        werkbank.rounds().saveCheckOut(CheckOut.create(march.id(), ahmed.id(), null, "Verslag rondsturen", false, false));
        werkbank.rounds().saveCheckOut(CheckOut.create(april.id(), ahmed.id(), null, "Bewoners uitnodigen", true, false));

        Map<UUID, PreviousIntention> intentions = werkbank.rounds().previousIntentions(may.id());
        assertThat(intentions.get(sanne.id()).intention()).isEqualTo("Folder testen met twee bewoners");
        assertThat(intentions.get(ahmed.id()).intention()).isEqualTo("Bewoners uitnodigen");
        assertThat(intentions.get(ahmed.id()).meetingDate()).isEqualTo(of(2021, 4, 15));
        assertThat(werkbank.rounds().previousIntentions(march.id())).isEmpty();
    }

    @Test
    void checkInIsOnePerPersonAndEnergyIsOneToFive() {
        Meeting meeting = plan(of(2021, 3, 18));
        werkbank.rounds().saveCheckIn(CheckIn.create(meeting.id(), sanne.id(), "Moe maar blij", 3, false, false));
        werkbank.rounds().saveCheckIn(CheckIn.create(meeting.id(), sanne.id(), "Moe maar blij, veel zin", 4, true, false));
        assertThat(werkbank.rounds().checkIns(meeting.id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Moe maar blij, veel zin"))
                .satisfies(c -> assertThat(c.privateEntry()).isTrue());
        assertThatThrownBy(() -> werkbank.rounds().saveCheckIn(CheckIn.create(meeting.id(), ahmed.id(), "x", 6, false, false)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void suggestedQuestionAvoidsTheTeamsRecentQuestions() {
        List<String> library = werkbank.checkInQuestions().all();
        assertThat(library).hasSizeGreaterThanOrEqualTo(10);
        Meeting march = plan(of(2021, 3, 18));
        werkbank.meetings().save(march.withCheckInQuestion(library.get(0)));
        Meeting april = plan(of(2021, 4, 15));
        werkbank.meetings().save(april.withCheckInQuestion(library.get(1)));

        String suggestion = werkbank.checkInQuestions().suggest(team.id(), of(2021, 5, 20), null);
        assertThat(suggestion).isEqualTo(library.get(2));
        assertThat(werkbank.checkInQuestions().suggest(team.id(), of(2021, 5, 20), library.get(2))).isEqualTo(library.get(3));
    }

    @Test
    void theQuestionLibraryCanBeEditedButKeepsItsTwelveStandardQuestions() {
        CheckInQuestions questions = werkbank.checkInQuestions();
        List<Question> library = questions.library(Question.Kind.CHECK_IN);
        assertThat(library).hasSize(12).allSatisfy(q -> assertThat(q.standard()).isTrue());
        assertThat(questions.library(Question.Kind.CHECK_OUT)).isEmpty();

        // Own questions: added at the end, changed; the same words twice and empty ones are refused at the field.
        Question own = questions.add(Question.Kind.CHECK_IN, "  Wat heb je deze week van een bewoner geleerd?  ");
        assertThat(questions.all()).hasSize(13).last().isEqualTo("Wat heb je deze week van een bewoner geleerd?");
        questions.change(own.id(), "Wat heb je deze maand van een bewoner geleerd?");
        assertThat(questions.all()).contains("Wat heb je deze maand van een bewoner geleerd?");
        assertThatThrownBy(() -> questions.add(Question.Kind.CHECK_IN, library.get(0).text().toUpperCase()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).key())
                        .isEqualTo("error.question.duplicate"));
        assertThatThrownBy(() -> questions.add(Question.Kind.CHECK_IN, "   "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).key())
                        .isEqualTo("error.question.empty"));
        assertThatThrownBy(() -> questions.change(library.get(0).id(), "Anders"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).key())
                        .isEqualTo("error.question.standard"));

        // A question set aside is no longer suggested, and comes back when taken back.
        questions.retire(library.get(0).id(), true);
        assertThat(questions.all()).doesNotContain(library.get(0).text());
        assertThat(questions.suggest(team.id(), of(2021, 5, 20), null)).isEqualTo(library.get(1).text());
        questions.retire(library.get(0).id(), false);
        assertThat(questions.all()).first().isEqualTo(library.get(0).text());

        // Uitcheck questions are their own list, never suggested for the check-in.
        questions.add(Question.Kind.CHECK_OUT, "Wat doe je morgen anders?");
        assertThat(questions.active(Question.Kind.CHECK_OUT)).containsExactly("Wat doe je morgen anders?");
        assertThat(questions.all()).doesNotContain("Wat doe je morgen anders?");
    }

    @Test
    void aMeetingKeepsItsOwnUitcheckQuestion() {
        Meeting meeting = plan(of(2021, 3, 18));
        werkbank.meetings().save(meeting.withCheckOutQuestion("  Wat doe je morgen anders?  "));
        assertThat(werkbank.meetings().get(meeting.id()).checkOutQuestion()).isEqualTo("Wat doe je morgen anders?");
        werkbank.meetings().save(werkbank.meetings().get(meeting.id()).withCheckOutQuestion(""));
        assertThat(werkbank.meetings().get(meeting.id()).checkOutQuestion()).isNull();
    }

    @Test
    void headcountPerVisitorCategory() {
        Meeting cafe = werkbank.meetings().create(Meeting.create(null, MeetingType.KNOWLEDGE_CAFE, of(2021, 1, 21),
                LocalTime.of(15, 30), LocalTime.of(17, 0), MeetingMode.ONLINE).withTitle("De Doorbraakmethode"), null);
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.PROFESSIONAL, 38);
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.STUDENT, 12);
        werkbank.meetings().setVisitors(cafe.id(), VisitorCategory.STUDENT, 14);
        assertThat(werkbank.meetings().visitors(cafe.id())).containsEntry(VisitorCategory.STUDENT, 14)
                .containsEntry(VisitorCategory.PROFESSIONAL, 38);
        assertThat(werkbank.meetings().list(null, of(2021, 1, 1), of(2021, 12, 31))).singleElement()
                .satisfies(row -> assertThat(row.visitors()).isEqualTo(52))
                .satisfies(row -> assertThat(row.teamName()).isNull());
        assertThat(werkbank.attendance().lines(cafe.id())).isEmpty();
    }

    @Test
    void deletingAMeetingRemovesWhatWasRecordedAtItAndLeavesTombstones() {
        Meeting meeting = plan(of(2021, 3, 18));
        werkbank.rounds().saveCheckIn(CheckIn.create(meeting.id(), sanne.id(), "Hallo", null, false, false));
        werkbank.agenda().add(meeting.id(), "Incheck", null, 10);
        werkbank.actions().save(nl.werkbank.core.decisions.ActionItem.create(meeting.id(), null, null, "Verslag rondsturen",
                null, List.of(sanne.id())));
        werkbank.meetings().delete(meeting.id());
        assertThat(werkbank.info().recordCounts()).containsEntry("meeting", 0L).containsEntry("attendance", 0L)
                .containsEntry("check_in", 0L).containsEntry("agenda_item", 0L).containsEntry("action_owner", 0L);
        // Everything the deletion took along leaves a tombstone, the action's owner (a grandchild) included.
        List<String> tombstones = werkbank.database().transaction(c -> nl.werkbank.core.storage.Sql.list(c,
                "SELECT entity FROM tombstone ORDER BY entity", row -> row.getString(1)));
        assertThat(tombstones).containsExactly("action_item", "action_owner", "agenda_item", "attendance", "attendance",
                "check_in", "meeting");
        assertThat(werkbank.people().list()).hasSize(2);
    }

    private AttendanceLine line(Meeting meeting, String name) {
        return werkbank.attendance().lines(meeting.id()).stream().filter(l -> l.personName().equals(name)).findFirst().orElseThrow();
    }
}
