package nl.werkbank.core.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * H2 runs {@code ALTER TABLE … ADD COLUMN} by building the table again as {@code NAME_COPY_<session>_<n>} and
 * renaming it; a program killed half-way through a migration leaves that copy behind as a table of its own (found
 * by the crash test). The migration itself runs again (its statements say IF NOT EXISTS); the copy is dropped here,
 * with any references H2 had already made to it.
 */
final class InterruptedAlters {

    private static final Pattern COPY = Pattern.compile("(.+)_COPY_\\d+_\\d+");

    private InterruptedAlters() {
    }

    /** Drops every leftover copy of a table that still exists; returns their names. */
    static List<String> dropCopies(DataSource source) throws SQLException {
        List<String> dropped = new ArrayList<>();
        try (Connection c = source.getConnection()) {
            Set<String> tables = new HashSet<>();
            try (ResultSet rows = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                }
            }
            for (String table : tables) {
                Matcher copy = COPY.matcher(table);
                if (copy.matches() && tables.contains(copy.group(1))) {
                    try (Statement statement = c.createStatement()) {
                        // CASCADE: H2 may already have pointed duplicates of the children's references at the copy
                        // (named COPY_CONSTRAINT_…); the children's references to the real table are separate and stay.
                        statement.execute("DROP TABLE \"" + table.replace("\"", "\"\"") + "\" CASCADE");
                    }
                    dropped.add(table);
                }
            }
        }
        if (!dropped.isEmpty()) {
            LoggerFactory.getLogger(InterruptedAlters.class).warn("Dropped tables left by an interrupted migration: {}", dropped);
        }
        return dropped;
    }
}
