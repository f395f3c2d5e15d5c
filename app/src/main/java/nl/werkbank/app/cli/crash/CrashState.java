package nl.werkbank.app.cli.crash;

import java.nio.file.Path;
import java.util.Map;
import nl.werkbank.core.Werkbank;

/** What the crash test compares: the records per kind and the Thema of the werkteam being edited. */
record CrashState(Map<String, Long> counts, String theme) {

    /** Opens the data folder the way Werkbank does (it must open and pass the integrity check) and reads the state. */
    static CrashState read(Path folder) {
        try (Werkbank werkbank = Werkbank.open(folder, CrashChild.keyOf(folder))) {
            var problems = werkbank.check();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("damaged: " + problems);
            }
            var teams = werkbank.teams().list().stream().map(row -> row.team())
                    .filter(team -> team.name().equals(CrashChild.TEAM)).toList();
            if (teams.size() > 1) {
                throw new IllegalStateException(teams.size() + " werkteams named " + CrashChild.TEAM);
            }
            // A folder that started empty has no such werkteam: no theme then.
            String theme = teams.isEmpty() ? null : teams.get(0).theme();
            return new CrashState(werkbank.info().recordCounts(), theme);
        }
    }

    CrashState withTheme(String newTheme) {
        return new CrashState(counts, newTheme);
    }
}
