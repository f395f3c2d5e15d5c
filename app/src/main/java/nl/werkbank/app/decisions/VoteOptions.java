package nl.werkbank.app.decisions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import nl.werkbank.core.decisions.Decision;
import nl.werkbank.core.decisions.Vote;
import nl.werkbank.core.decisions.VoteChoice;

/**
 * Which option the vote page works on: the chosen one, the last one of the round, or a new one after "Nog een
 * optie". Kept on the FX thread, like the view model that owns it.
 */
final class VoteOptions {

    private final ObservableList<Vote> votes;
    private final ObjectProperty<Decision> decision;
    private final UUID meetingId;
    private Map<UUID, VoteChoice> ballots = Map.of();
    /** The option of this round the vote page works on; null means the last one. */
    private UUID chosen;
    /** True after "Nog een optie" until the first vote for it is stored. */
    private boolean adding;
    /** A new vote between its first save and the reload that brings it into {@link #votes}. */
    private Vote unsaved;

    VoteOptions(ObservableList<Vote> votes, ObjectProperty<Decision> decision, UUID meetingId) {
        this.votes = votes;
        this.decision = decision;
        this.meetingId = meetingId;
    }

    /** Another decision, or a new round: back to its last option. */
    void reset() {
        chosen = null;
        adding = false;
        unsaved = null;
    }

    /** The option to load ballots for (null: the last). */
    UUID chosen() {
        return chosen;
    }

    /** The option of the current round the vote page shows (the chosen or the last one), or null before anyone voted. */
    Vote current() {
        if (adding) {
            return null;
        }
        List<Vote> round = ofRound();
        if (unsaved != null && unsaved.id().equals(chosen) && votes.stream().noneMatch(v -> v.id().equals(chosen))) {
            return unsaved;
        }
        return round.stream().filter(v -> v.id().equals(chosen)).findFirst()
                .orElse(round.isEmpty() ? null : round.get(round.size() - 1));
    }

    /** Every option voted on in this meeting in the decision's current round, oldest first. */
    List<Vote> ofRound() {
        Decision current = decision.get();
        if (current == null) {
            return List.of();
        }
        return votes.stream().filter(v -> v.round() == current.round() && v.meetingId().equals(meetingId)).toList();
    }

    /** "Nog een optie": the next counts start a new vote in the same round; earlier options stay as they are. */
    void startNew() {
        adding = true;
        chosen = null;
        ballots = Map.of();
    }

    void choose(Vote vote) {
        adding = false;
        chosen = vote.id();
    }

    boolean adding() {
        return adding;
    }

    /** The vote the next counts or ballots go into: the current option, or a new one. */
    Vote toStore(String option) {
        Vote current = current();
        if (current != null) {
            return current.withOption(option);
        }
        Vote created = Vote.create(decision.get().id(), meetingId, option);
        adding = false;
        chosen = created.id();
        unsaved = created;
        return created;
    }

    /** Counts clicked on a vote not yet back from the storage thread: shown as clicked. */
    void counted(Vote vote) {
        if (unsaved != null && unsaved.id().equals(vote.id())) {
            unsaved = vote;
        }
    }

    Map<UUID, VoteChoice> ballots() {
        return ballots;
    }

    void loaded(Map<UUID, VoteChoice> loaded) {
        ballots = loaded;
    }
}
