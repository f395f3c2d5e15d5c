package nl.werkbank.core.meetings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationService;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.people.PersonService;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Tombstones;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.TeamMember;
import nl.werkbank.core.teams.TeamService;

/** The presentielijst: who was there, for which organisation, how long, with how much preparation. */
public final class AttendanceService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final Database db;
    private final Clock clock;
    private final TeamService teams;
    private final PersonService people;
    private final OrganizationService organizations;
    private final PreparationDefaults preparation;

    public AttendanceService(Database db, Clock clock, TeamService teams, PersonService people,
                             OrganizationService organizations, PreparationDefaults preparation) {
        this.db = db;
        this.clock = clock;
        this.teams = teams;
        this.people = people;
        this.organizations = organizations;
        this.preparation = preparation;
    }

    /** Who counts as present at the meeting (aanwezig or online): those who may vote, for example. */
    public List<UUID> presentAt(UUID meetingId) {
        return db.transaction(c -> AttendanceRepository.present(c, meetingId));
    }

    public List<AttendanceLine> lines(UUID meetingId) {
        return db.transaction(c -> AttendanceRepository.of(c, meetingId));
    }

    /**
     * Puts the team's members on the meeting date on the list (status "later invullen"), each with the
     * organisation of that day and the default preparation hours of their role. Existing lines stay as they are.
     */
    public void prepare(Meeting meeting) {
        if (meeting.teamId() == null) {
            return;
        }
        List<TeamMember> members = teams.membersOn(meeting.teamId(), meeting.date());
        var defaults = preparation.all();
        db.transaction(c -> {
            Set<UUID> listed = new HashSet<>();
            AttendanceRepository.of(c, meeting.id()).forEach(line -> listed.add(line.attendance().personId()));
            Instant now = clock.instant();
            for (TeamMember member : members) {
                Membership m = member.membership();
                if (listed.add(m.personId())) {
                    UUID organization = people.organizationOn(m.personId(), meeting.date()).map(Organization::id).orElse(null);
                    AttendanceRepository.insert(c, new Attendance(UUID.randomUUID(), meeting.id(), m.personId(), organization,
                            m.role(), AttendanceStatus.UNKNOWN, 0, 0, defaults.get(m.role()), ZERO, false, null, null), now);
                }
            }
            return null;
        });
    }

    public AttendanceLine setStatus(UUID attendanceId, AttendanceStatus status) {
        new Validator().required("status", status, "error.status.required").throwIfInvalid();
        return change(attendanceId, a -> a.withStatus(status));
    }

    /** Came late / left early: the credited time is the meeting's length minus both. */
    public AttendanceLine setTiming(UUID attendanceId, int lateMinutes, int earlyMinutes) {
        if (lateMinutes < 0 || earlyMinutes < 0) {
            throw new ValidationException(Problem.of(lateMinutes < 0 ? "late" : "early", "error.minutes.negative"));
        }
        return change(attendanceId, a -> a.withLine(a.organizationId(), lateMinutes, earlyMinutes, a.preparationHours(), a.travelHours()));
    }

    public AttendanceLine setPreparation(UUID attendanceId, BigDecimal hours) {
        PreparationDefaults.validate("preparation", hours);
        return change(attendanceId, a -> a.withLine(a.organizationId(), a.lateMinutes(), a.earlyMinutes(), scaled(hours), a.travelHours()));
    }

    /** The rare exception: this person represented another organisation (or none) at this meeting. */
    public AttendanceLine setOrganization(UUID attendanceId, UUID organizationId) {
        return change(attendanceId, a -> a.withLine(organizationId, a.lateMinutes(), a.earlyMinutes(), a.preparationHours(), a.travelHours()));
    }

    /** Organisation of the day, late/early minutes, preparation and travel hours of one line, all or nothing. */
    public AttendanceLine updateLine(UUID attendanceId, UUID organizationId, int lateMinutes, int earlyMinutes, BigDecimal hours,
                                     BigDecimal travel) {
        if (lateMinutes < 0 || earlyMinutes < 0) {
            throw new ValidationException(Problem.of(lateMinutes < 0 ? "late" : "early", "error.minutes.negative"));
        }
        PreparationDefaults.validate("preparation", hours);
        PreparationDefaults.validate("travel", travel);
        return change(attendanceId, a -> a.withLine(organizationId, lateMinutes, earlyMinutes, scaled(hours), scaled(travel)));
    }

    private static BigDecimal scaled(BigDecimal hours) {
        return hours.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private AttendanceLine change(UUID attendanceId, java.util.function.UnaryOperator<Attendance> edit) {
        return db.transaction(c -> {
            AttendanceLine line = AttendanceRepository.find(c, attendanceId)
                    .orElseThrow(() -> new NotFoundException("attendance", attendanceId));
            Attendance changed = edit.apply(line.attendance());
            Meeting meeting = MeetingRepository.find(c, changed.meetingId()).orElseThrow();
            if (changed.lateMinutes() + changed.earlyMinutes() > meeting.durationMinutes()) {
                throw new ValidationException(Problem.of("late", "error.attendance.tooLong", meeting.durationMinutes()));
            }
            AttendanceRepository.update(c, changed, clock.instant());
            return AttendanceRepository.find(c, attendanceId).orElseThrow();
        });
    }

    /** Adds a walk-in guest, present, with the organisation chosen (or new); optionally makes them a member. */
    public AttendanceLine addGuest(UUID meetingId, GuestRequest request) {
        // One transaction: a refused guest (duplicate name, already listed) leaves no new organisation or person behind.
        return db.transaction(c -> addGuestInTransaction(meetingId, request));
    }

    private AttendanceLine addGuestInTransaction(UUID meetingId, GuestRequest request) {
        Meeting meeting = db.transaction(c -> MeetingRepository.find(c, meetingId))
                .orElseThrow(() -> new NotFoundException("meeting", meetingId));
        String newName = Validator.clean(request.newPersonName());
        if (request.personId() == null && newName == null) {
            throw new ValidationException(Problem.of("name", "error.name.empty"));
        }
        UUID organizationId = request.organizationId();
        String newOrganization = Validator.clean(request.newOrganizationName());
        if (organizationId == null && newOrganization != null) {
            organizationId = organizations.create(newOrganization, OrganizationType.OTHER, null, true).id();
        }
        UUID personId = request.personId();
        if (personId == null) {
            Person person = people.create(newName, null, null, request.allowDuplicateName());
            personId = person.id();
            if (organizationId != null) {
                people.saveAffiliation(Affiliation.create(personId, organizationId, meeting.date(), null));
            }
        } else if (organizationId == null) {
            organizationId = people.organizationOn(personId, meeting.date()).map(Organization::id).orElse(null);
        }
        if (request.makeMember() && meeting.teamId() != null) {
            teams.saveMembership(Membership.create(meeting.teamId(), personId, MembershipRole.MEMBER, meeting.date(), null));
        }
        UUID person = personId;
        UUID organization = organizationId;
        return db.transaction(c -> {
            boolean listed = AttendanceRepository.of(c, meetingId).stream().anyMatch(l -> l.attendance().personId().equals(person));
            if (listed) {
                throw new ValidationException(Problem.of("person", "error.attendance.alreadyListed"));
            }
            Attendance line = new Attendance(UUID.randomUUID(), meetingId, person, organization,
                    request.makeMember() ? MembershipRole.MEMBER : MembershipRole.GUEST, AttendanceStatus.PRESENT, 0, 0,
                    ZERO, ZERO, !request.makeMember(), null, null);
            AttendanceRepository.insert(c, line, clock.instant());
            return AttendanceRepository.find(c, line.id()).orElseThrow();
        });
    }

    /**
     * Puts one person of an imported presentielijst on the meeting with a status, as typed attendance would: the
     * organisation given (else the person's affiliation on the meeting date), the member's role and default
     * preparation when they were a member of the team that day, a guest otherwise. An existing line keeps its
     * minutes and hours and only takes the file's status and organisation.
     */
    public ImportedLine importLine(Meeting meeting, UUID personId, UUID organizationId, AttendanceStatus status) {
        return db.transaction(c -> {
            Instant now = clock.instant();
            var existing = AttendanceRepository.of(c, meeting.id(), personId);
            if (existing.isPresent()) {
                Attendance a = existing.get().attendance();
                UUID organization = organizationId != null ? organizationId : a.organizationId();
                if (a.status() == status && java.util.Objects.equals(a.organizationId(), organization)) {
                    return new ImportedLine(a.id(), ImportedLine.Outcome.SAME, null, null);
                }
                AttendanceRepository.update(c, a.withStatus(status).withLine(organization, a.lateMinutes(), a.earlyMinutes(),
                        a.preparationHours(), a.travelHours()), now);
                return new ImportedLine(a.id(), ImportedLine.Outcome.CHANGED, a.status(), a.organizationId());
            }
            UUID organization = organizationId != null ? organizationId
                    : people.organizationOn(personId, meeting.date()).map(Organization::id).orElse(null);
            MembershipRole role = meeting.teamId() == null ? null : teams.membershipsOf(personId).stream()
                    .map(nl.werkbank.core.teams.PersonMembership::membership)
                    .filter(m -> m.teamId().equals(meeting.teamId()) && m.range().contains(meeting.date()))
                    .map(Membership::role).findFirst().orElse(null);
            BigDecimal preparationHours = role == null ? ZERO : preparation.of(role);
            Attendance line = new Attendance(UUID.randomUUID(), meeting.id(), personId, organization,
                    role == null ? MembershipRole.GUEST : role, status, 0, 0, preparationHours, ZERO, role == null, null, null);
            AttendanceRepository.insert(c, line, now);
            return new ImportedLine(line.id(), ImportedLine.Outcome.ADDED, null, null);
        });
    }

    /** Puts back an imported line's status and organisation from before the import (Import ongedaan maken). */
    public void restoreLine(UUID attendanceId, AttendanceStatus status, UUID organizationId) {
        db.transaction(c -> {
            var line = AttendanceRepository.find(c, attendanceId);
            if (line.isPresent()) {
                Attendance a = line.get().attendance();
                AttendanceRepository.update(c, a.withStatus(status).withLine(organizationId, a.lateMinutes(), a.earlyMinutes(),
                        a.preparationHours(), a.travelHours()), clock.instant());
            }
            return null;
        });
    }

    /** Takes a line off the list (a guest added by mistake). */
    public void remove(UUID attendanceId) {
        db.transaction(c -> {
            AttendanceRepository.delete(c, attendanceId);
            Tombstones.record(c, "attendance", attendanceId, clock.instant());
            return null;
        });
    }
}
