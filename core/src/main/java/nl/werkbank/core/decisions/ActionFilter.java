package nl.werkbank.core.decisions;

import java.util.UUID;

/** Which actions an overview shows; null means "any". */
public record ActionFilter(UUID teamId, UUID ownerId, ActionStatus status, boolean overdueOnly) {

    public static ActionFilter all() {
        return new ActionFilter(null, null, null, false);
    }
}
