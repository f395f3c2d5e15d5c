package nl.werkbank.core.decisions;

import java.util.List;

/** The decisions of a meeting, read together: raised or resumed here, resumable from earlier, entitled voters. */
public record MeetingDecisions(List<Decision> here, List<Decision> resumable, int entitled) {
}
