package nl.werkbank.core.exchange;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.privacy.PersonErasure;
import nl.werkbank.core.storage.Database;

/** The people erased on this laptop, and those whose erasure an import brings: their texts here are removed too. */
final class Erasures {

    private final Database db;
    private final Set<UUID> here;
    private final Set<UUID> arrived = new HashSet<>();

    Erasures(ExchangeRepository repository, Database db) {
        this.db = db;
        this.here = repository.erasedPeople();
    }

    boolean erasedHere(UUID person) {
        return here.contains(person);
    }

    /** A round text or a per-person vote of someone erased here or by this file. */
    boolean aboutErased(Kind kind, Object[] row) {
        if (!PERSONAL.contains(kind.name())) {
            return false;
        }
        Object person = row[kind.index("person_id")];
        return here.contains(person) || arrived.contains(person);
    }

    private static final Set<String> PERSONAL = Set.of("check_in", "check_out", "evaluation_answer", "decision_ballot");

    void arrived(UUID person) {
        arrived.add(person);
    }

    /** After the records are in: round texts and ballots of people erased elsewhere go here as well. */
    void scrubArrived(Instant now) {
        for (UUID person : arrived) {
            PersonErasure.scrub(db, person, now);
        }
    }
}
