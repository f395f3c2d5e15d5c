package nl.werkbank.core.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Tombstones;

/** The agenda of a meeting: items in order, planned and actual minutes. */
public final class AgendaService {

    private final Database db;
    private final Clock clock;

    public AgendaService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<AgendaItem> of(UUID meetingId) {
        return db.transaction(c -> AgendaRepository.of(c, meetingId));
    }

    /** Adds an item at the end of the agenda. */
    public AgendaItem add(UUID meetingId, String title, String method, Integer plannedMinutes) {
        return db.transaction(c -> {
            int position = AgendaRepository.of(c, meetingId).stream().mapToInt(AgendaItem::position).max().orElse(0) + 1;
            AgendaItem item = validate(AgendaItem.create(meetingId, position, title, method, plannedMinutes));
            AgendaRepository.insert(c, item, clock.instant());
            return AgendaRepository.find(c, item.id()).orElseThrow();
        });
    }

    public AgendaItem save(AgendaItem item) {
        AgendaItem cleaned = validate(item);
        return db.transaction(c -> {
            AgendaRepository.find(c, cleaned.id()).orElseThrow(() -> new NotFoundException("agenda_item", cleaned.id()));
            AgendaRepository.update(c, cleaned, clock.instant());
            return AgendaRepository.find(c, cleaned.id()).orElseThrow();
        });
    }

    /** Moves an item one place up (-1) or down (+1). */
    public void move(UUID itemId, int direction) {
        db.transaction(c -> {
            AgendaItem item = AgendaRepository.find(c, itemId).orElseThrow(() -> new NotFoundException("agenda_item", itemId));
            List<AgendaItem> items = AgendaRepository.of(c, item.meetingId());
            int index = items.indexOf(item);
            int target = index + Integer.signum(direction);
            if (target < 0 || target >= items.size()) {
                return null;
            }
            items.add(target, items.remove(index));
            Instant now = clock.instant();
            for (int i = 0; i < items.size(); i++) {
                AgendaItem current = items.get(i);
                if (current.position() != i + 1) {
                    AgendaRepository.update(c, new AgendaItem(current.id(), current.meetingId(), i + 1, current.title(),
                            current.method(), current.plannedMinutes(), current.actualMinutes(), current.createdAt(),
                            current.updatedAt()), now);
                }
            }
            return null;
        });
    }

    public void delete(UUID itemId) {
        db.transaction(c -> {
            AgendaRepository.delete(c, itemId);
            Tombstones.record(c, "agenda_item", itemId, clock.instant());
            return null;
        });
    }

    private static AgendaItem validate(AgendaItem item) {
        AgendaItem cleaned = item.with(Validator.clean(item.title()), Validator.clean(item.method()), item.plannedMinutes(),
                item.actualMinutes());
        Validator validator = new Validator().requireName("title", cleaned.title()).maxLength("method", cleaned.method(), 200);
        if (cleaned.plannedMinutes() != null && (cleaned.plannedMinutes() < 0 || cleaned.plannedMinutes() > MeetingService.MAX_MINUTES)) {
            validator.add(Problem.of("plannedMinutes", "error.minutes.range", MeetingService.MAX_MINUTES));
        }
        if (cleaned.actualMinutes() != null && (cleaned.actualMinutes() < 0 || cleaned.actualMinutes() > MeetingService.MAX_MINUTES)) {
            validator.add(Problem.of("actualMinutes", "error.minutes.range", MeetingService.MAX_MINUTES));
        }
        validator.throwIfInvalid();
        return cleaned;
    }
}
