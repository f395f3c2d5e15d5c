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
 * name by Jaro-Winkler above {@link #SIMILAR} that is also at most {@link #MAX_EDITS} letters away, which the user
 * confirms before it is used. Jaro-Winkler alone rewards a long shared beginning: "Deelnemer Groot 12" and
 * "Deelnemer Meting 12" score above 0.9, so the edit distance keeps a typo a typo and another name another name.
 */
final class NameMatcher {

    /** Tried on names of Werkplaats members: 0.9 catches "Jansen"/"Janssen" and "Mohamed"/"Mohammed", not other people. */
    static final double SIMILAR = 0.9;

    /** A typo or two: "Vris"/"Vries", "Janssen"/"Jansen", "Mohamed"/"Mohammed". */
    static final int MAX_EDITS = 2;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final org.apache.commons.text.similarity.LevenshteinDistance EDITS =
            new org.apache.commons.text.similarity.LevenshteinDistance(MAX_EDITS);

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

    /** The record with the same name, if any. */
    Optional<Match> exact(String name) {
        List<Candidate> same = byKey.get(NameKey.of(name));
        if (same == null) {
            return Optional.empty();
        }
        Candidate c = same.get(0);
        return Optional.of(new Match(c.id(), c.name(), true));
    }

    /** The same name, else the most similar one not in {@code taken} (records another name of the file already is). */
    Optional<Match> find(String name, java.util.Set<UUID> taken) {
        Optional<Match> exact = exact(name);
        if (exact.isPresent()) {
            return exact;
        }
        String plain = NameKey.plain(name);
        Candidate best = null;
        double bestScore = SIMILAR;
        for (Candidate c : all) {
            if (taken.contains(c.id()) || Math.abs(c.plain().length() - plain.length()) > MAX_EDITS) {
                continue;
            }
            double score = JARO_WINKLER.apply(plain, c.plain());
            if (score >= bestScore && EDITS.apply(plain, c.plain()) >= 0) {
                best = c;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best.id(), best.name(), false));
    }
}
