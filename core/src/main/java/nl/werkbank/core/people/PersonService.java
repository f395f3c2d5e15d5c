package nl.werkbank.core.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.common.DuplicateNameException;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Tombstones;
import nl.werkbank.core.teams.TeamService;

/** People and their affiliation history: which organisation they represented when. */
public final class PersonService {

    private final Database db;
    private final Clock clock;
    private final TeamService teams;

    public PersonService(Database db, Clock clock, TeamService teams) {
        this.db = db;
        this.clock = clock;
        this.teams = teams;
    }

    public List<PersonRow> search(String text, LocalDate date) {
        return db.transaction(c -> PersonRepository.search(c, text == null ? "" : text, date));
    }

    public List<PersonRow> list() {
        return search("", LocalDate.now(clock));
    }

    public Person get(UUID id) {
        return db.transaction(c -> PersonRepository.find(c, id)).orElseThrow(() -> new NotFoundException("person", id));
    }

    public Person create(String name, String email, String function, boolean allowDuplicateName) {
        return save(Person.create(name, email, function), allowDuplicateName);
    }

    public Person save(Person person, boolean allowDuplicateName) {
        Person cleaned = new Person(person.id(), Validator.clean(person.name()), Validator.clean(person.email()),
                Validator.clean(person.function()), person.createdAt(), person.updatedAt());
        new Validator().requireName("name", cleaned.name())
                .email("email", cleaned.email()).maxLength("email", cleaned.email(), 254)
                .maxLength("function", cleaned.function(), 200)
                .throwIfInvalid();
        return db.transaction(c -> {
            if (PersonRepository.erased(c, cleaned.id())) {
                throw new ValidationException(Problem.of("name", "error.person.erased"));
            }
            if (!allowDuplicateName && PersonRepository.nameExists(c, cleaned.name(), cleaned.id())) {
                throw new DuplicateNameException(cleaned.name());
            }
            Instant now = clock.instant();
            if (PersonRepository.find(c, cleaned.id()).isPresent()) {
                PersonRepository.update(c, cleaned, now);
            } else {
                PersonRepository.insert(c, cleaned, now);
            }
            return PersonRepository.find(c, cleaned.id()).orElseThrow();
        });
    }

    /** Deletes a person with their affiliations and team memberships. */
    public void delete(UUID id) {
        db.transaction(c -> {
            Instant now = clock.instant();
            for (UUID affiliation : AffiliationRepository.idsOfPerson(c, id)) {
                Tombstones.record(c, "affiliation", affiliation, now);
            }
            for (UUID membership : teams.membershipIdsOf(id)) {
                Tombstones.record(c, "membership", membership, now);
            }
            PersonRepository.delete(c, id);
            Tombstones.record(c, "person", id, now);
            return null;
        });
    }

    /** The people screen's selection in one read: the person, the organisations they represented, their teams. */
    public PersonDetails details(UUID personId) {
        return db.atomically(() -> new PersonDetails(get(personId), affiliations(personId), teams.membershipsOf(personId)));
    }

    public List<AffiliationRow> affiliations(UUID personId) {
        return db.transaction(c -> AffiliationRepository.ofPerson(c, personId));
    }

    /**
     * Inserts or updates an affiliation. A person represents one organisation at a time, so periods
     * may not overlap: "which organisation did P represent on D" always has one answer.
     */
    public AffiliationRow saveAffiliation(Affiliation affiliation) {
        new Validator().required("organization", affiliation.organizationId(), "error.organization.required")
                .required("from", affiliation.from(), "error.date.fromRequired")
                .range("to", affiliation.from(), affiliation.to())
                .throwIfInvalid();
        return db.transaction(c -> {
            for (AffiliationRow other : AffiliationRepository.ofPerson(c, affiliation.personId())) {
                Affiliation existing = other.affiliation();
                if (!existing.id().equals(affiliation.id()) && existing.range().overlaps(affiliation.range())) {
                    throw new ValidationException(Problem.of("from", "error.affiliation.overlap",
                            other.organizationName(), existing.from(), existing.to()));
                }
            }
            Instant now = clock.instant();
            if (AffiliationRepository.find(c, affiliation.id()).isPresent()) {
                AffiliationRepository.update(c, affiliation, now);
            } else {
                AffiliationRepository.insert(c, affiliation, now);
            }
            return AffiliationRepository.find(c, affiliation.id()).orElseThrow();
        });
    }

    public void deleteAffiliation(UUID id) {
        db.transaction(c -> {
            AffiliationRepository.delete(c, id);
            Tombstones.record(c, "affiliation", id, clock.instant());
            return null;
        });
    }

    /** Which organisation did the person represent on {@code date}? Empty for residents, students, gaps. */
    public Optional<Organization> organizationOn(UUID personId, LocalDate date) {
        return db.transaction(c -> {
            Optional<AffiliationRow> row = AffiliationRepository.on(c, personId, date);
            return row.isEmpty() ? Optional.empty() : OrganizationRepository.find(c, row.get().affiliation().organizationId());
        });
    }
}
