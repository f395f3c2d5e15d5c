package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The crash test killed a start during migration 8 and the folder held a table CHECKIN_QUESTION_COPY_4_6 next to
 * CHECKIN_QUESTION (H2's copy for ALTER TABLE): such copies are dropped, nothing else is.
 */
class InterruptedAltersTest {

    @Test
    void aCopyLeftByAKilledAlterTableIsDroppedAndOtherTablesStay() throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:interrupted;DB_CLOSE_DELAY=-1");
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE checkin_question (id INT PRIMARY KEY, text VARCHAR(500))");
            s.execute("CREATE TABLE checkin_question_copy_4_6 (id INT PRIMARY KEY, text VARCHAR(500))");
            s.execute("INSERT INTO checkin_question_copy_4_6 VALUES (1, 'Waar kom je vandaan?')");
            s.execute("CREATE TABLE orphan_copy_1_2 (id INT)");
            s.execute("CREATE TABLE meeting_copy (id INT)");
        }
        assertThat(InterruptedAlters.dropCopies(source)).containsExactly("CHECKIN_QUESTION_COPY_4_6");
        assertThat(tables(source)).containsExactlyInAnyOrder("CHECKIN_QUESTION", "ORPHAN_COPY_1_2", "MEETING_COPY");
        assertThat(InterruptedAlters.dropCopies(source)).isEmpty();
    }

    /**
     * Killed later in the copy (crash bench, migration 8 on MEETING): H2 had already pointed duplicates of the
     * children's references at the copy. Those go with it; the children's own references to the real table stay.
     */
    @Test
    void aCopyThatChildTablesAlreadyReferToIsDroppedWithThoseReferencesOnly() throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:interrupted-children;DB_CLOSE_DELAY=-1");
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE meeting (id INT PRIMARY KEY)");
            s.execute("CREATE TABLE meeting_copy_4_8 (id INT PRIMARY KEY)");
            s.execute("CREATE TABLE attendance (id INT PRIMARY KEY, meeting_id INT NOT NULL,"
                    + " CONSTRAINT attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id))");
            s.execute("ALTER TABLE attendance ADD CONSTRAINT meeting_copy_4_8_constraint_ac FOREIGN KEY (meeting_id)"
                    + " REFERENCES meeting_copy_4_8 (id)");
        }
        assertThat(InterruptedAlters.dropCopies(source)).containsExactly("MEETING_COPY_4_8");
        assertThat(tables(source)).containsExactlyInAnyOrder("MEETING", "ATTENDANCE");
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT constraint_name FROM information_schema.referential_constraints")) {
            List<String> left = new ArrayList<>();
            while (rows.next()) {
                left.add(rows.getString(1));
            }
            assertThat(left).containsExactly("ATTENDANCE_MEETING");
        }
    }

    private static List<String> tables(JdbcDataSource source) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = source.getConnection();
             ResultSet rows = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
