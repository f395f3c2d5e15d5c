package nl.werkbank.core.decisions;

import java.time.LocalDate;
import java.util.List;

/** An action with the names an overview shows: team, the meeting's date, owners. */
public record ActionRow(ActionItem action, String teamName, LocalDate meetingDate, List<String> ownerNames) {

    public ActionRow {
        ownerNames = List.copyOf(ownerNames);
    }
}
