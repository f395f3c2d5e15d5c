package nl.werkbank.core.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.storage.Database;

/**
 * AVG vergetelheid: a person's name, e-mail and function, their round texts and their per-person votes are removed in
 * one transaction. Their attendance lines stay, as an anonymous participant with the organisation and hours of that
 * day, so every hour total (issued or not) stays exactly the same; vote counts stay. The erasure travels in exchange
 * files (the person row's {@code erased_at}, tombstones for the ballots) and an older file cannot undo it.
 */
public final class PersonErasure {

    private final Database db;
    private final Clock clock;
    private final PrivacyRepository privacy;

    public PersonErasure(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.privacy = new PrivacyRepository(db);
    }

    /** What was removed, to say so. */
    public record Erased(UUID personId, String anonymousName, int roundTexts, int ballots, int perspectives) {
    }

    public Erased erase(UUID personId) {
        return db.atomically(() -> {
            if (!privacy.personExists(personId)) {
                throw new NotFoundException("person", personId);
            }
            Instant now = clock.instant();
            String anonymous = anonymousName(personId);
            privacy.anonymize(personId, anonymous, now);
            Erased scrubbed = scrub(db, personId, now);
            return new Erased(personId, anonymous, scrubbed.roundTexts(), scrubbed.ballots(), scrubbed.perspectives());
        });
    }

    /** "Gewist (1a2b3c4d)": unique, and says what happened without naming anyone. */
    public static String anonymousName(UUID personId) {
        return "Gewist (" + personId.toString().substring(0, 8) + ")";
    }

    /**
     * Removes what is personal beyond the person row: round texts, per-person votes, the link to perspectives. Also
     * run when an exchange file brings an erasure made elsewhere, so texts this laptop holds go too. Joins the
     * caller's transaction.
     */
    public static Erased scrub(Database db, UUID personId, Instant now) {
        PrivacyRepository privacy = new PrivacyRepository(db);
        return db.atomically(() -> {
            privacy.deleteConflictsAbout(personId);
            int texts = privacy.clearRoundTexts(personId, now);
            int perspectives = privacy.unlinkPerspectives(personId, now);
            int ballots = privacy.deleteBallots(personId, now);
            return new Erased(personId, null, texts, ballots, perspectives);
        });
    }
}
