package nl.werkbank.core.exchange;

import java.util.UUID;

/**
 * What an export carries: everything, or one werkteam with what its records refer to (members, people who
 * attended, their organisations and partnerships, venues). Cash contributions belong to no team and only travel
 * in a full export.
 */
public record ExchangeScope(UUID teamId, String teamName) {

    public static ExchangeScope everything() {
        return new ExchangeScope(null, null);
    }

    public static ExchangeScope team(UUID teamId, String teamName) {
        return new ExchangeScope(teamId, teamName);
    }

    public boolean isEverything() {
        return teamId == null;
    }
}
