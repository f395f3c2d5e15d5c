package nl.werkbank.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.werkbank.core.storage.Database;

/**
 * Generates a big Werkplaats for benchmarks, straight into the database with batched inserts: 10 years,
 * 60 werkteams, 12,000 meetings, 250,000 attendance lines, 3,000 people, 300 organisations, with
 * partnerships that start and end, and people who change employer. Seeded: the same every run.
 */
public final class BigWerkplaats {

    public record Size(int organizations, int people, int teams, int meetings, int attendanceLines, int years) {
        public static final Size ISSUE = new Size(300, 3_000, 60, 12_000, 250_000, 10);
    }

    private final Random random = new Random(42);
    private final Timestamp now = Timestamp.valueOf("2026-01-01 00:00:00");

    /** The meetings with the most attendance lines (at least {@code minLines}), most first: for the keystroke bench. */
    public static List<UUID> busiestMeetings(Database db, int minLines, int count) {
        return db.transaction(c -> nl.werkbank.core.storage.Sql.list(c,
                "SELECT meeting_id FROM attendance GROUP BY meeting_id HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, meeting_id LIMIT ?",
                row -> row.getObject(1, UUID.class), minLines, count));
    }

    public void generate(Database db, Size size) {
        db.transaction(c -> {
            List<UUID> organizations = organizations(c, size);
            List<UUID> people = people(c, size, organizations);
            List<UUID> teams = teams(c, size);
            meetings(c, size, teams, people, organizations);
            return null;
        });
    }

    private List<UUID> organizations(Connection c, Size size) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement org = c.prepareStatement("INSERT INTO organization (id, name, type, created_at, updated_at) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement partner = c.prepareStatement("INSERT INTO partnership (id, organization_id, role, valid_from, valid_to,"
                     + " created_at, updated_at) VALUES (?, ?, 'PARTNER', ?, ?, ?, ?)")) {
            String[] types = {"MUNICIPALITY", "UNIVERSITY_OF_APPLIED_SCIENCES", "WELFARE_CARE", "SOCIAL_ENTERPRISE",
                "RESIDENTS_ORGANIZATION", "ARTS_CULTURE", "OTHER"};
            for (int i = 0; i < size.organizations(); i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                org.setObject(1, id);
                org.setString(2, "Organisatie " + (i + 1));
                org.setString(3, types[i % types.length]);
                org.setTimestamp(4, now);
                org.setTimestamp(5, now);
                org.addBatch();
                if (i % 3 == 0) {
                    int startYear = 2013 + random.nextInt(size.years());
                    partner.setObject(1, UUID.randomUUID());
                    partner.setObject(2, id);
                    partner.setObject(3, LocalDate.of(startYear, random.nextBoolean() ? 1 : 7, 1));
                    partner.setObject(4, random.nextInt(3) == 0 ? LocalDate.of(startYear + 2, 6, 30) : null);
                    partner.setTimestamp(5, now);
                    partner.setTimestamp(6, now);
                    partner.addBatch();
                }
            }
            org.executeBatch();
            partner.executeBatch();
        }
        return ids;
    }

    private List<UUID> people(Connection c, Size size, List<UUID> organizations) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement person = c.prepareStatement("INSERT INTO person (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)");
             PreparedStatement affiliation = c.prepareStatement("INSERT INTO affiliation (id, person_id, organization_id, valid_from,"
                     + " valid_to, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < size.people(); i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                person.setObject(1, id);
                person.setString(2, "Persoon " + (i + 1));
                person.setTimestamp(3, now);
                person.setTimestamp(4, now);
                person.addBatch();
                if (i % 10 == 9) {
                    continue; // residents and students: no organisation
                }
                LocalDate change = LocalDate.of(2013 + random.nextInt(size.years()), 1 + random.nextInt(12), 1);
                affiliation(affiliation, id, organizations.get(random.nextInt(organizations.size())), LocalDate.of(2010, 1, 1), change.minusDays(1));
                affiliation(affiliation, id, organizations.get(random.nextInt(organizations.size())), change, null);
            }
            person.executeBatch();
            affiliation.executeBatch();
        }
        return ids;
    }

    private void affiliation(PreparedStatement statement, UUID person, UUID organization, LocalDate from, LocalDate to) throws SQLException {
        statement.setObject(1, UUID.randomUUID());
        statement.setObject(2, person);
        statement.setObject(3, organization);
        statement.setObject(4, from);
        statement.setObject(5, to);
        statement.setTimestamp(6, now);
        statement.setTimestamp(7, now);
        statement.addBatch();
    }

    private List<UUID> teams(Connection c, Size size) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement team = c.prepareStatement("INSERT INTO team (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < size.teams(); i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                team.setObject(1, id);
                team.setString(2, "Werkteam " + (i + 1));
                team.setTimestamp(3, now);
                team.setTimestamp(4, now);
                team.addBatch();
            }
            team.executeBatch();
        }
        return ids;
    }

    /**
     * Meetings spread over the years, each with about lines/meetings attendance lines of people drawn at
     * random; the organisation on the line is one of the person's employers (as a real line would carry).
     */
    private void meetings(Connection c, Size size, List<UUID> teams, List<UUID> people, List<UUID> organizations) throws SQLException {
        int perMeeting = size.attendanceLines() / size.meetings();
        int extra = size.attendanceLines() % size.meetings();
        String[] statuses = {"PRESENT", "PRESENT", "PRESENT", "ONLINE", "ONLINE", "EXCUSED", "ABSENT"};
        try (PreparedStatement meeting = c.prepareStatement("INSERT INTO meeting (id, team_id, type, meeting_date, start_time, end_time,"
                + " mode, created_at, updated_at) VALUES (?, ?, 'TEAM_MEETING', ?, ?, ?, 'HYBRID', ?, ?)");
             PreparedStatement line = c.prepareStatement("INSERT INTO attendance (id, meeting_id, person_id, organization_id, role,"
                     + " status, late_minutes, early_minutes, preparation_hours, guest, created_at, updated_at)"
                     + " VALUES (?, ?, ?, ?, 'MEMBER', ?, ?, 0, ?, FALSE, ?, ?)")) {
            LocalDate start = LocalDate.of(2013, 1, 1);
            int days = size.years() * 365;
            for (int m = 0; m < size.meetings(); m++) {
                UUID id = UUID.randomUUID();
                meeting.setObject(1, id);
                meeting.setObject(2, teams.get(m % teams.size()));
                meeting.setObject(3, start.plusDays((long) m * days / size.meetings()));
                meeting.setObject(4, LocalTime.of(14, 0));
                meeting.setObject(5, random.nextBoolean() ? LocalTime.of(15, 30) : LocalTime.of(16, 0));
                meeting.setTimestamp(6, now);
                meeting.setTimestamp(7, now);
                meeting.addBatch();
                int count = perMeeting + (m < extra ? 1 : 0);
                int first = random.nextInt(people.size());
                for (int i = 0; i < count; i++) {
                    int person = (first + i * 7) % people.size();
                    line.setObject(1, UUID.randomUUID());
                    line.setObject(2, id);
                    line.setObject(3, people.get(person));
                    line.setObject(4, person % 10 == 9 ? null : organizations.get(person % organizations.size()));
                    line.setString(5, statuses[random.nextInt(statuses.length)]);
                    line.setInt(6, random.nextInt(10) == 0 ? 15 : 0);
                    line.setBigDecimal(7, i == 0 ? new BigDecimal("2.00") : BigDecimal.ZERO.setScale(2));
                    line.setTimestamp(8, now);
                    line.setTimestamp(9, now);
                    line.addBatch();
                }
                if (m % 500 == 499) {
                    meeting.executeBatch();
                    line.executeBatch();
                }
            }
            meeting.executeBatch();
            line.executeBatch();
        }
    }
}
