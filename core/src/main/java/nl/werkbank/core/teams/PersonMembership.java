package nl.werkbank.core.teams;

/** One of a person's memberships, with the team's name: the person's werkteam history. */
public record PersonMembership(Membership membership, String teamName) {
}
