package nl.werkbank.core.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Finds the existing record a name in the file means: first by {@link NameKey} (same words), then the most similar
 * name by Jaro-Winkler above {@link #SIMILAR}, which the user confirms before it is used.
 */
final class NameMatcher {

    /** Tried on names of Werkplaats members: 0.9 catches "Jansen"/"Janssen" and "Mohamed"/"Mohammed", not other people. */
    static final double SIMILAR = 0.9;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** An existing record, or a similar one; neither means a new record. */
    record Match(UUID id, String name, boolean exact) {
    }

    private final Map<String, List<Candidate>> byKey = new HashMap<>();
    private final List<Candidate> all = new ArrayList<>();

    private record Candidate(UUID id, String name, String plain) {
    }

    void add(UUID id, String name) {
        Candidate candidate = new Candidate(id, name, NameKey.plain(name));
        byKey.computeIfAbsent(NameKey.of(name), k -> new ArrayList<>()).add(candidate);
        all.add(candidate);
    }

    Optional<Match> find(String name) {
        List<Candidate> same = byKey.get(NameKey.of(name));
        if (same != null) {
            Candidate c = same.get(0);
            return Optional.of(new Match(c.id(), c.name(), true));
        }
        String plain = NameKey.plain(name);
        Candidate best = null;
        double bestScore = SIMILAR;
        for (Candidate c : all) {
            double score = JARO_WINKLER.apply(plain, c.plain());
            if (score >= bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best.id(), best.name(), false));
    }
}
