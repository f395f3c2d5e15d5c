package nl.werkbank.app.crash;

import java.nio.file.Path;
import java.util.Map;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.storage.Sql;

/** What the crash test compares: the records per kind and the Thema of the werkteam being edited. */
record CrashState(Map<String, Long> counts, String theme) {

    /** Opens the data folder the way Werkbank does (it must open and pass the integrity check) and reads the state. */
    static CrashState read(Path folder) {
        try (Werkbank werkbank = Werkbank.open(folder)) {
            var problems = werkbank.check();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("damaged: " + problems);
            }
            String theme = werkbank.database().transaction(c -> {
                var themes = Sql.list(c, "SELECT theme FROM team WHERE name = ?", row -> row.getString(1), CrashChild.TEAM);
                if (themes.size() != 1) {
                    throw new IllegalStateException(themes.size() + " werkteams named " + CrashChild.TEAM);
                }
                return themes.get(0);
            });
            return new CrashState(werkbank.info().recordCounts(), theme);
        }
    }

    CrashState withTheme(String newTheme) {
        return new CrashState(counts, newTheme);
    }
}
