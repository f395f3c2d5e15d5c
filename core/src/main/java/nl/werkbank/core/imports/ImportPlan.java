package nl.werkbank.core.imports;

import java.util.List;

/**
 * What the file says, read with the mapping, before it is compared with the database: meetings with their lines,
 * and every cell that could not be read. {@code problemCount} counts them all; {@code problems} keeps the first
 * {@link PlanBuilder#PROBLEMS_KEPT} so a file that is wrong everywhere still answers quickly.
 */
public record ImportPlan(SpreadsheetFile file, ImportMapping mapping, List<PlannedMeeting> meetings, List<CellProblem> problems,
                         int problemCount) {

    public int lineCount() {
        return meetings.stream().mapToInt(m -> m.lines().size()).sum();
    }
}
