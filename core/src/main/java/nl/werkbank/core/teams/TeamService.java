package nl.werkbank.core.teams;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.common.DuplicateNameException;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Tombstones;

/** Werkteams and who is in them when. */
public final class TeamService {

    private final Database db;
    private final Clock clock;

    public TeamService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<TeamRow> search(String text, LocalDate date) {
        return db.transaction(c -> TeamRepository.search(c, text == null ? "" : text, date));
    }

    public List<TeamRow> list() {
        return search("", LocalDate.now(clock));
    }

    public Team get(UUID id) {
        return db.transaction(c -> TeamRepository.find(c, id)).orElseThrow(() -> new NotFoundException("team", id));
    }

    public Team create(String name, boolean allowDuplicateName) {
        return save(Team.create(name), allowDuplicateName);
    }

    public Team save(Team team, boolean allowDuplicateName) {
        Team cleaned = team.with(Validator.clean(team.name()), Validator.clean(team.shortName()),
                Validator.clean(team.theme()), Validator.clean(team.period()), Validator.clean(team.mission()),
                team.start(), team.end());
        new Validator().requireName("name", cleaned.name())
                .maxLength("shortName", cleaned.shortName(), 20)
                .maxLength("theme", cleaned.theme(), 500)
                .maxLength("period", cleaned.period(), 50)
                .maxLength("mission", cleaned.mission(), 4000)
                .range("end", cleaned.start(), cleaned.end())
                .throwIfInvalid();
        return db.transaction(c -> {
            if (!allowDuplicateName && TeamRepository.nameExists(c, cleaned.name(), cleaned.id())) {
                throw new DuplicateNameException(cleaned.name());
            }
            Instant now = clock.instant();
            if (TeamRepository.find(c, cleaned.id()).isPresent()) {
                TeamRepository.update(c, cleaned, now);
            } else {
                TeamRepository.insert(c, cleaned, now);
            }
            return TeamRepository.find(c, cleaned.id()).orElseThrow();
        });
    }

    public void delete(UUID id) {
        db.transaction(c -> {
            Instant now = clock.instant();
            for (UUID membership : MembershipRepository.idsOfTeam(c, id)) {
                Tombstones.record(c, "membership", membership, now);
            }
            TeamRepository.delete(c, id);
            Tombstones.record(c, "team", id, now);
            return null;
        });
    }

    /** Every membership of the team, running ones first. */
    public List<TeamMember> memberships(UUID teamId) {
        return db.transaction(c -> MembershipRepository.all(c, teamId, LocalDate.now(clock)));
    }

    /** The person's werkteam history, newest first. */
    /** The ids of every membership of the person (to record their deletion along with the person's). */
    public List<UUID> membershipIdsOf(UUID personId) {
        return db.transaction(c -> MembershipRepository.idsOfPerson(c, personId));
    }

    public List<PersonMembership> membershipsOf(UUID personId) {
        return db.transaction(c -> MembershipRepository.ofPerson(c, personId));
    }

    /** Who were the members of the team on {@code date}, with the organisation each represented that day? */
    public List<TeamMember> membersOn(UUID teamId, LocalDate date) {
        return db.transaction(c -> MembershipRepository.on(c, teamId, date));
    }

    /** Inserts or updates a membership; one person has at most one membership of a team at a time. */
    public Membership saveMembership(Membership membership) {
        validate(membership);
        return db.transaction(c -> {
            store(membership);
            return MembershipRepository.find(c, membership.id()).orElseThrow();
        });
    }

    public void deleteMembership(UUID id) {
        db.transaction(c -> {
            MembershipRepository.delete(c, id);
            Tombstones.record(c, "membership", id, clock.instant());
            return null;
        });
    }

    /**
     * Warme overdracht: the membership ends on {@code date} and the successor's starts on that same
     * date with the same role, so both are at the handover meeting. One transaction: both or neither.
     */
    public Membership handOver(UUID membershipId, UUID successorId, LocalDate date) {
        new Validator().required("successor", successorId, "error.handover.successorRequired")
                .required("date", date, "error.date.required")
                .throwIfInvalid();
        return db.transaction(c -> {
            Membership current = MembershipRepository.find(c, membershipId)
                    .orElseThrow(() -> new NotFoundException("membership", membershipId));
            if (current.personId().equals(successorId)) {
                throw new ValidationException(Problem.of("successor", "error.handover.samePerson"));
            }
            if (!current.range().contains(date)) {
                throw new ValidationException(Problem.of("date", "error.handover.dateOutside", current.from(), current.to()));
            }
            Membership ended = current.withTo(date);
            Membership successor = new Membership(UUID.randomUUID(), current.teamId(), successorId, current.role(),
                    date, current.to(), current.id(), null, null);
            validate(successor);
            store(ended);
            store(successor);
            return MembershipRepository.find(c, successor.id()).orElseThrow();
        });
    }

    private static void validate(Membership membership) {
        new Validator().required("person", membership.personId(), "error.person.required")
                .required("role", membership.role(), "error.role.required")
                .required("from", membership.from(), "error.date.fromRequired")
                .range("to", membership.from(), membership.to())
                .throwIfInvalid();
    }

    /** Joins the caller's transaction. */
    private void store(Membership membership) {
        db.transaction(c -> {
            for (Membership other : MembershipRepository.ofPersonInTeam(c, membership.teamId(), membership.personId())) {
                if (!other.id().equals(membership.id()) && other.range().overlaps(membership.range())) {
                    throw new ValidationException(Problem.of("from", "error.membership.overlap", other.from(), other.to()));
                }
            }
            Instant now = clock.instant();
            if (MembershipRepository.find(c, membership.id()).isPresent()) {
                MembershipRepository.update(c, membership, now);
            } else {
                MembershipRepository.insert(c, membership, now);
            }
            return null;
        });
    }
}
