package nl.werkbank.core.teams;

/** A team for lists, with its number of members on the list's date (or on its last day, if it ended before). */
public record TeamRow(Team team, long memberCount) {
}
