package nl.werkbank.core.imports;

import java.util.List;
import java.util.UUID;

/**
 * What importing the file does (or did): per meeting, the people and organisations it names, and the cells it could
 * not read. With problems nothing can be imported. {@code batchId} is set once the import was carried out.
 */
public record ImportPreview(String fileName, SpreadsheetFile.ReadAs readAs, List<MeetingPreview> meetings,
                            List<NamePreview> people, List<NamePreview> organizations, List<CellProblem> problems,
                            int problemCount, UUID batchId) {

    public boolean readable() {
        return problemCount == 0;
    }

    /** Whether the user must confirm before importing: new or similar names. */
    public boolean needsConfirmation() {
        return NamePreview.anyToConfirm(people) || NamePreview.anyToConfirm(organizations);
    }

    public int added() {
        return meetings.stream().mapToInt(MeetingPreview::added).sum();
    }

    public int changed() {
        return meetings.stream().mapToInt(MeetingPreview::changed).sum();
    }

    public int same() {
        return meetings.stream().mapToInt(MeetingPreview::same).sum();
    }

    public long newMeetings() {
        return meetings.stream().filter(m -> !m.existing()).count();
    }
}
