package nl.werkbank.core.meetings;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Tombstones;

/** Planning meetings: facts, venues, the team's rhythm, headcounts. */
public final class MeetingService {

    /** A meeting longer than this is a typo (e.g. 14:00–04:00), not a meeting. */
    public static final int MAX_MINUTES = 12 * 60;
    private static final int DEFAULT_RHYTHM_DAYS = 28;

    private final Database db;
    private final Clock clock;
    private final AttendanceService attendance;

    public MeetingService(Database db, Clock clock, AttendanceService attendance) {
        this.db = db;
        this.clock = clock;
        this.attendance = attendance;
    }

    public List<MeetingRow> list(UUID teamId, LocalDate from, LocalDate to) {
        return db.transaction(c -> MeetingRepository.list(c, teamId, from, to));
    }

    /** The meeting, if it exists (joins the caller's transaction). */
    public java.util.Optional<Meeting> find(UUID id) {
        return db.transaction(c -> MeetingRepository.find(c, id));
    }

    /** The team's last {@code count} meetings before {@code date}, newest first. */
    public List<Meeting> teamBefore(UUID teamId, java.time.LocalDate date, int count) {
        return db.transaction(c -> MeetingRepository.teamBefore(c, teamId, date, count));
    }

    public Meeting get(UUID id) {
        return db.transaction(c -> MeetingRepository.find(c, id)).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /**
     * Plans a meeting, pre-lists the team's members on its date and, when {@code copyAgendaFrom} is set,
     * copies that meeting's agenda structure (titles, werkvormen, planned minutes).
     */
    public Meeting create(Meeting meeting, UUID copyAgendaFrom) {
        Meeting cleaned = validate(meeting);
        // The meeting and its attendance list are stored together or not at all.
        return db.transaction(outer -> {
            Meeting created = insert(cleaned, copyAgendaFrom);
            attendance.prepare(created);
            return created;
        });
    }

    private Meeting insert(Meeting cleaned, UUID copyAgendaFrom) {
        return db.transaction(c -> {
            Instant now = clock.instant();
            MeetingRepository.insert(c, cleaned, now);
            if (copyAgendaFrom != null) {
                for (AgendaItem item : AgendaRepository.of(c, copyAgendaFrom)) {
                    AgendaRepository.insert(c, AgendaItem.create(cleaned.id(), item.position(), item.title(), item.method(),
                            item.plannedMinutes()), now);
                }
            }
            return MeetingRepository.find(c, cleaned.id()).orElseThrow();
        });
    }

    /** The team's meeting on {@code date}, if there is one: an imported presentielijst joins it instead of a second one. */
    public Optional<Meeting> teamMeetingOn(UUID teamId, LocalDate date) {
        return db.transaction(c -> MeetingRepository.teamOn(c, teamId, date));
    }

    /**
     * Records a meeting that was held before Werkbank kept it (an imported presentielijst): validated like a planned
     * one, but without pre-listing the members, since the file says who was there.
     */
    public Meeting record(Meeting meeting) {
        return insert(validate(meeting), null);
    }

    /** Whether the meeting holds more than its presentielijst (check-ins, agenda, decisions, notes, headcounts). */
    public boolean hasMoreThanAttendance(UUID meetingId) {
        return db.transaction(c -> MeetingRepository.hasMoreThanAttendance(c, meetingId));
    }

    /** Stores changed facts; a new date re-lists members who were not on the list yet. */
    public Meeting save(Meeting meeting) {
        Meeting cleaned = validate(meeting);
        return db.transaction(c -> {
            MeetingRepository.find(c, cleaned.id()).orElseThrow(() -> new NotFoundException("meeting", cleaned.id()));
            checkAttendanceFits(cleaned);
            MeetingRepository.update(c, cleaned, clock.instant());
            Meeting saved = MeetingRepository.find(c, cleaned.id()).orElseThrow();
            attendance.prepare(saved);
            return saved;
        });
    }

    /** Joins the caller's transaction. */
    private void checkAttendanceFits(Meeting meeting) {
        for (AttendanceLine line : attendance.lines(meeting.id())) {
            Attendance a = line.attendance();
            if (a.lateMinutes() + a.earlyMinutes() > meeting.durationMinutes()) {
                throw new ValidationException(Problem.of("end", "error.meeting.shorterThanAttendance", line.personName(),
                        a.lateMinutes() + a.earlyMinutes()));
            }
        }
    }

    private static Meeting validate(Meeting m) {
        Validator validator = new Validator()
                .required("type", m.type(), "error.type.required")
                .required("mode", m.mode(), "error.mode.required")
                .required("date", m.date(), "error.date.required")
                .required("start", m.start(), "error.time.required")
                .required("end", m.end(), "error.time.required")
                .maxLength("title", m.title(), 200)
                .maxLength("goals", m.goals(), 4000)
                .maxLength("checkInQuestion", m.checkInQuestion(), 500)
                .maxLength("checkOutQuestion", m.checkOutQuestion(), 500)
                .maxLength("form", m.form(), 100);
        if (m.start() != null && m.end() != null) {
            if (!m.end().isAfter(m.start())) {
                validator.add(Problem.of("end", "error.meeting.endBeforeStart", m.start()));
            } else if (m.durationMinutes() > MAX_MINUTES) {
                validator.add(Problem.of("end", "error.meeting.tooLong"));
            }
        }
        if (m.registrations() != null && m.registrations() < 0) {
            validator.add(Problem.of("registrations", "error.count.negative"));
        }
        validator.throwIfInvalid();
        return new Meeting(m.id(), m.teamId(), m.type(), Validator.clean(m.title()), m.date(), m.start(), m.end(), m.mode(),
                m.venueId(), Validator.clean(m.goals()), Validator.clean(m.checkInQuestion()),
                Validator.clean(m.checkOutQuestion()), m.registrations(), m.organizerTeamId(), Validator.clean(m.form()),
                m.createdAt(), m.updatedAt());
    }

    /**
     * Deletes a meeting with everything recorded at it, decisions raised here included (with what later meetings
     * added to them); each deleted record leaves a tombstone.
     */
    public void delete(UUID id) {
        db.atomically(() -> {
            Tombstones.recordWithDependents(db, "meeting", id, clock.instant());
            return db.transaction(c -> {
                MeetingRepository.delete(c, id);
                return null;
            });
        });
    }

    /**
     * The next meeting in the team's rhythm: the typical gap between its recent meetings (four weeks when
     * unknown) after the last one, but never in the past; same weekday times, mode and venue. For a team that
     * has ended, a date within its period (a meeting recorded afterwards), never years after its end; for a team
     * that has not started yet, not before its start.
     */
    public MeetingProposal proposeNext(UUID teamId) {
        LocalDate today = LocalDate.now(clock);
        List<Meeting> recent = db.transaction(c -> MeetingRepository.teamBefore(c, teamId, LocalDate.MAX, 4));
        LocalDate[] period = db.transaction(c -> MeetingRepository.teamPeriod(c, teamId)).orElse(new LocalDate[2]);
        LocalDate ended = period[1] != null && period[1].isBefore(today) ? period[1] : null;
        LocalDate notBefore = ended != null ? null : period[0] != null && period[0].isAfter(today) ? period[0] : today;
        if (recent.isEmpty()) {
            LocalDate from = ended != null ? (period[0] != null ? period[0] : ended) : notBefore.plusWeeks(1);
            LocalDate date = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
            if (ended != null && date.isAfter(ended)) {
                date = ended;
            }
            return new MeetingProposal(date, LocalTime.of(14, 0), LocalTime.of(16, 0), MeetingMode.PHYSICAL, null, null, ended);
        }
        Meeting last = recent.get(0);
        long rhythm = rhythmDays(recent);
        LocalDate next = last.date().plusDays(rhythm);
        if (ended != null) {
            if (next.isAfter(ended)) {
                next = last.date().isBefore(ended) ? ended : last.date();
            }
        } else {
            while (next.isBefore(notBefore)) {
                next = next.plusDays(rhythm);
            }
        }
        return new MeetingProposal(next, last.start(), last.end(), last.mode(), last.venueId(), last.id(), ended);
    }

    private static long rhythmDays(List<Meeting> newestFirst) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < newestFirst.size(); i++) {
            gaps.add(ChronoUnit.DAYS.between(newestFirst.get(i + 1).date(), newestFirst.get(i).date()));
        }
        gaps.removeIf(gap -> gap <= 0);
        if (gaps.isEmpty()) {
            return DEFAULT_RHYTHM_DAYS;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 2);
    }

    public List<Venue> venues() {
        return db.transaction(MeetingRepository::venues);
    }

    public Venue createVenue(String name, String address) {
        Venue venue = Venue.create(Validator.clean(name), Validator.clean(address));
        new Validator().requireName("name", venue.name()).maxLength("address", venue.address(), 500).throwIfInvalid();
        db.transaction(c -> {
            MeetingRepository.insertVenue(c, venue, clock.instant());
            return null;
        });
        return venue;
    }

    public Map<VisitorCategory, Integer> visitors(UUID meetingId) {
        return db.transaction(c -> MeetingRepository.visitors(c, meetingId));
    }

    /** Headcount of one visitor category at a public meeting. */
    public void setVisitors(UUID meetingId, VisitorCategory category, int visitors) {
        if (visitors < 0 || visitors > 100_000) {
            throw new ValidationException(Problem.of(category.name(), "error.count.negative"));
        }
        db.transaction(c -> {
            MeetingRepository.setVisitors(c, meetingId, category, visitors, clock.instant());
            return null;
        });
    }

    /** Visitors counted under an organisation, by name; only counts above 0. */
    public List<OrganizationVisitors> organizationVisitors(UUID meetingId) {
        return db.transaction(c -> MeetingRepository.organizationVisitors(c, meetingId)).stream()
                .filter(v -> v.visitors() > 0).toList();
    }

    /** How many visitors came on behalf of an organisation (0 removes them from the count). */
    public void setOrganizationVisitors(UUID meetingId, UUID organizationId, int visitors) {
        if (visitors < 0 || visitors > 100_000) {
            throw new ValidationException(Problem.of("organizationVisitors", "error.count.negative"));
        }
        if (organizationId == null) {
            throw new ValidationException(Problem.of("organization", "error.organization.required"));
        }
        db.transaction(c -> {
            MeetingRepository.setOrganizationVisitors(c, meetingId, organizationId, visitors, clock.instant());
            return null;
        });
    }
}
