package nl.werkbank.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.teams.Team;

/**
 * What one autosave costs: the werkteam form's save as it is now (commit, then written and synced), against
 * the same UPDATE with plain commits (H2 writes them up to half a second later, so a crash loses them), with a
 * write but no sync, and with write and sync. Milliseconds per save on the demo Werkplaats.
 */
public final class AutosaveBenchmark {

    public record Row(String what, double median, double p95, double max) {
    }

    private static final int SAVES = 300;

    public List<Row> run(Path folder) throws SQLException {
        List<Row> rows = new ArrayList<>();
        Team team;
        try (Werkbank werkbank = Werkbank.open(folder)) {
            DemoWerkplaats.load(werkbank, false);
            team = werkbank.teams().list().get(0).team();
            long[] service = new long[SAVES];
            for (int i = 0; i < SAVES; i++) {
                Team edited = werkbank.teams().get(team.id());
                long start = System.nanoTime();
                werkbank.teams().save(edited.with(edited.name(), edited.shortName(), "thema " + i, edited.period(),
                        edited.mission(), edited.start(), edited.end()), false);
                service[i] = System.nanoTime() - start;
            }
            rows.add(row("werkteam form save (now: commit + CHECKPOINT SYNC)", service));
        }
        for (String after : new String[] {null, "CHECKPOINT", "CHECKPOINT SYNC"}) {
            rows.add(row("plain UPDATE + commit" + (after == null ? " (before: lost on a crash)" : " + " + after),
                    raw(folder, team, after)));
        }
        return rows;
    }

    /** The same UPDATE outside Werkbank's transaction helper, so nothing but the named step differs. */
    private static long[] raw(Path folder, Team team, String after) throws SQLException {
        long[] times = new long[SAVES];
        String url = "jdbc:h2:file:" + folder.resolve("werkbank").toAbsolutePath();
        try (Connection c = java.sql.DriverManager.getConnection(url, "werkbank", "");
             PreparedStatement update = c.prepareStatement("UPDATE team SET theme = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?");
             Statement statement = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = 0; i < SAVES; i++) {
                long start = System.nanoTime();
                update.setString(1, "raw " + i);
                update.setObject(2, team.id());
                update.executeUpdate();
                c.commit();
                if (after != null) {
                    statement.execute(after);
                }
                times[i] = System.nanoTime() - start;
            }
        }
        return times;
    }

    private static Row row(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Row(what, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format("%-62s %9s %9s %9s%n", "one autosave (" + SAVES + " saves)",
                "median ms", "p95 ms", "max ms"));
        for (Row row : rows) {
            out.append(String.format("%-62s %9.2f %9.2f %9.2f%n", row.what(), row.median(), row.p95(), row.max()));
        }
        return out.toString();
    }
}
