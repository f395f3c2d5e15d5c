package nl.werkbank.core.meetings;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/** The check-in question library, and a suggestion that the team has not heard recently. */
public final class CheckInQuestions {

    /** How many of the team's previous meetings count as "recent". */
    static final int RECENT = 5;

    private final Database db;

    public CheckInQuestions(Database db) {
        this.db = db;
    }

    public List<String> all() {
        return db.transaction(c -> Sql.list(c, "SELECT text FROM checkin_question ORDER BY position", row -> row.getString(1)));
    }

    /** The first question after {@code current} (in library order, wrapping) not asked in the team's recent meetings. */
    public String suggest(UUID teamId, LocalDate date, String current) {
        List<String> library = all();
        if (library.isEmpty()) {
            return current;
        }
        Set<String> recent = new HashSet<>();
        if (teamId != null) {
            db.transaction(c -> MeetingRepository.teamBefore(c, teamId, date, RECENT)).stream()
                    .map(Meeting::checkInQuestion).filter(q -> q != null).forEach(recent::add);
        }
        int start = current == null ? 0 : library.indexOf(current) + 1;
        for (int i = 0; i < library.size(); i++) {
            String candidate = library.get((start + i) % library.size());
            if (!recent.contains(candidate) && !candidate.equals(current)) {
                return candidate;
            }
        }
        return library.get(start % library.size());
    }
}
