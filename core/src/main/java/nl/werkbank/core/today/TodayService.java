package nl.werkbank.core.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.werkbank.core.decisions.ActionFilter;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.ActionService;
import nl.werkbank.core.decisions.ActionStatus;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.meetings.MeetingService;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.teams.TeamService;

/** Vandaag, read in one transaction: the next meeting and those after it, the actions that are due, a first start. */
public final class TodayService {

    /** Actions due within this many days count as "due" on the start page. */
    public static final int DUE_WITHIN_DAYS = 14;
    private static final int MAX_ACTIONS = 8;
    private static final int MAX_LATER = 3;

    private final Database db;
    private final Clock clock;
    private final MeetingService meetings;
    private final ActionService actions;
    private final TeamService teams;

    public TodayService(Database db, Clock clock, MeetingService meetings, ActionService actions, TeamService teams) {
        this.db = db;
        this.clock = clock;
        this.meetings = meetings;
        this.actions = actions;
        this.teams = teams;
    }

    public TodayOverview overview() {
        LocalDate today = LocalDate.now(clock);
        return db.atomically(() -> {
            List<MeetingRow> coming = meetings.list(null, today, today.plusYears(1)).stream()
                    .sorted(Comparator.comparing((MeetingRow row) -> row.meeting().date()).thenComparing(row -> row.meeting().start()))
                    .toList();
            List<ActionRow> open = actions.find(new ActionFilter(null, null, ActionStatus.OPEN, false));
            List<ActionRow> due = open.stream()
                    .filter(row -> row.action().dueDate() != null && !row.action().dueDate().isAfter(today.plusDays(DUE_WITHIN_DAYS)))
                    .sorted(Comparator.comparing(row -> row.action().dueDate()))
                    .limit(MAX_ACTIONS).toList();
            long overdue = open.stream().filter(row -> row.action().dueDate() != null && row.action().dueDate().isBefore(today))
                    .count();
            return new TodayOverview(today, coming.isEmpty() ? null : coming.get(0),
                    coming.stream().skip(1).limit(MAX_LATER).toList(), due, overdue, open.size(), teams.list().isEmpty());
        });
    }
}
