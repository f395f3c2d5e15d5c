package nl.werkbank.core.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An action (taak): what, who (one or more people), by when, and where it came from. */
public record ActionItem(UUID id, UUID teamId, UUID meetingId, UUID decisionId, UUID conditionId, String description,
                         LocalDate dueDate, ActionStatus status, List<UUID> ownerIds, Instant createdAt, Instant updatedAt) {

    public ActionItem {
        ownerIds = List.copyOf(ownerIds);
    }

    /** A new open action of a meeting; decision and condition may be null. The team is taken from the meeting. */
    public static ActionItem create(UUID meetingId, UUID decisionId, UUID conditionId, String description, LocalDate due,
                                    List<UUID> owners) {
        return new ActionItem(UUID.randomUUID(), null, meetingId, decisionId, conditionId, description, due, ActionStatus.OPEN,
                owners, null, null);
    }

    public ActionItem with(String newDescription, LocalDate newDue, ActionStatus newStatus, List<UUID> newOwners) {
        return new ActionItem(id, teamId, meetingId, decisionId, conditionId, newDescription, newDue, newStatus, newOwners,
                createdAt, updatedAt);
    }

    public ActionItem withStatus(ActionStatus newStatus, LocalDate newDue) {
        return with(description, newDue, newStatus, ownerIds);
    }

    public ActionSource source() {
        return conditionId != null ? ActionSource.CONDITION : decisionId != null ? ActionSource.DECISION : ActionSource.MEETING;
    }

    /** Open and past its due date on {@code today}. */
    public boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }
}
