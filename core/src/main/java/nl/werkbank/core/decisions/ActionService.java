package nl.werkbank.core.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingService;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Tombstones;

/** Actions (taken): made in a meeting, reviewed at the team's next one, and listed across teams. */
public final class ActionService {

    private final Database db;
    private final Clock clock;
    private final MeetingService meetings;
    private final ActionRepository actions;

    public ActionService(Database db, Clock clock, MeetingService meetings) {
        this.db = db;
        this.clock = clock;
        this.meetings = meetings;
        this.actions = new ActionRepository(db);
    }

    /** Saves an action with its owners. The team is the one of the meeting it came from. */
    public ActionItem save(ActionItem action) {
        String description = Validator.clean(action.description());
        new Validator().required("description", description, "error.text.required").maxLength("description", description, 1000)
                .required("status", action.status(), "error.action.statusRequired").throwIfInvalid();
        return db.atomically(() -> {
            Instant now = clock.instant();
            if (!actions.update(action.id(), description, action.dueDate(), action.status(), now)) {
                UUID teamId = action.teamId();
                if (teamId == null && action.meetingId() != null) {
                    teamId = meetings.find(action.meetingId()).map(Meeting::teamId).orElse(null);
                }
                actions.insert(action, teamId, description, now);
            }
            saveOwners(action.id(), action.ownerIds(), now);
            return get(action.id()).action();
        });
    }

    /** The quick review at the next meeting: gedaan, nog open (maybe with a new due date), vervallen. */
    public ActionRow review(UUID actionId, ActionStatus status, LocalDate due) {
        return db.atomically(() -> {
            ActionItem action = get(actionId).action();
            actions.update(actionId, action.description(), due, status, clock.instant());
            return get(actionId);
        });
    }

    /** The meeting's action step: the team's open actions to review, and those made here. */
    public MeetingActions forMeeting(UUID meetingId) {
        return db.atomically(() -> new MeetingActions(toReview(meetingId), ofMeeting(meetingId)));
    }

    public void delete(UUID actionId) {
        db.atomically(() -> {
            Tombstones.recordWithDependents(db, "action_item", actionId, clock.instant());
            actions.delete(actionId);
            return null;
        });
    }

    /** The actions made in this meeting. */
    public List<ActionRow> ofMeeting(UUID meetingId) {
        return actions.ofMeeting(meetingId);
    }

    /** For the review at the start of a meeting: the team's actions still open from earlier meetings. */
    public List<ActionRow> toReview(UUID meetingId) {
        return db.atomically(() -> {
            Meeting meeting = meetings.get(meetingId);
            if (meeting.teamId() == null) {
                return List.<ActionRow>of();
            }
            return actions.openBefore(meeting.teamId(), meeting.date(), meeting.start());
        });
    }

    /** The actions overview: per team or across teams, by owner, status, and only the overdue ones. */
    public List<ActionRow> find(ActionFilter filter) {
        return actions.find(filter, LocalDate.now(clock));
    }

    public ActionRow get(UUID actionId) {
        return actions.find(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
    }

    List<ActionRow> ofDecision(UUID decisionId) {
        return actions.ofDecision(decisionId);
    }

    private void saveOwners(UUID actionId, List<UUID> owners, Instant now) {
        List<UUID> wanted = List.copyOf(new LinkedHashSet<>(owners));
        Map<UUID, UUID> existing = actions.owners(actionId);
        for (var owner : existing.entrySet()) {
            if (!wanted.contains(owner.getValue())) {
                actions.deleteOwner(owner.getKey());
                Tombstones.record(db, "action_owner", owner.getKey(), now);
            }
        }
        for (UUID person : wanted) {
            if (!existing.containsValue(person)) {
                actions.addOwner(actionId, person, now);
            }
        }
    }
}
