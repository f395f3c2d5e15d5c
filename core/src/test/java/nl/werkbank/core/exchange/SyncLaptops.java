package nl.werkbank.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.server.ServerAccess;
import nl.werkbank.core.server.ServerSchema;
import nl.werkbank.core.testing.TestPostgres;

/** Helpers for the sync tests: a server with accounts, laptops connected to it, and what a laptop holds, to compare. */
final class SyncLaptops {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SyncLaptops() {
    }

    /** A laptop's data folder, encrypted as every new one is (a server password is only kept in an encrypted one). */
    static Werkbank open(Path folder, java.time.Clock clock) {
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Werkbank.open(folder, nl.werkbank.core.storage.KeyFile.create(folder, "een lange wachtzin voor de sync".toCharArray()).key(),
                clock);
    }

    static void init(TestPostgres server) {
        ServerSchema.init(server.dataSource());
    }

    /** A login unique on the test cluster (roles are cluster-wide), with the password "pw-" + login. */
    static String account(TestPostgres server, String name, ServerAccess.Role role, UUID person) {
        String login = server.name() + "_" + name;
        ServerAccess.addAccount(server.dataSource(), login, ("pw-" + login).toCharArray(), role, person);
        return login;
    }

    /** The demo Werkplaats on {@code first}, sent to the server; both laptops connected as coordinators (jan, els). */
    static void demoSentBy(Werkbank first, Werkbank second, TestPostgres server) {
        nl.werkbank.core.demo.DemoWerkplaats.load(first, false);
        connect(first, server, account(server, "jan", ServerAccess.Role.COORDINATOR, null));
        connect(second, server, account(server, "els", ServerAccess.Role.COORDINATOR, null));
        sync(first);
    }

    /**
     * A facilitator of {@code team} from this year on, made on the coordinator's laptop (the demo's memberships ended in
     * 2022); returns her person id.
     */
    static UUID facilitator(Werkbank coordinator, UUID team, String email) {
        UUID person = coordinator.people().create("Procesbegeleider Noord", email, null, false).id();
        coordinator.teams().saveMembership(nl.werkbank.core.teams.Membership.create(team, person,
                nl.werkbank.core.teams.MembershipRole.FACILITATOR, java.time.LocalDate.of(2026, 1, 1), null));
        return person;
    }

    static void connect(Werkbank laptop, TestPostgres server, String login) {
        laptop.sync().connect(server.url(), login, ("pw-" + login).toCharArray());
    }

    static SyncResult sync(Werkbank laptop) {
        return laptop.sync().sync(Progress.NONE);
    }

    /** Every record and deletion the laptop holds (private rounds left out: they never travel), by kind and id, as an exchange file has them. */
    static Map<String, Map<String, JsonNode>> holdings(Werkbank laptop, Path folder) throws Exception {
        Path file = folder.resolve("holdings-" + UUID.randomUUID() + ".json");
        laptop.exchange().export(file, ExportOptions.everything());
        JsonNode root = JSON.readTree(file.toFile());
        Map<String, Map<String, JsonNode>> byKind = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> kinds = root.get("records").fields(); kinds.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            Map<String, JsonNode> rows = new TreeMap<>();
            kind.getValue().forEach(row -> rows.put(row.get("id").asText(), row));
            byKind.put(kind.getKey(), rows);
        }
        Map<String, JsonNode> tombstones = new TreeMap<>();
        root.get("tombstones").forEach(t -> tombstones.put(t.get("entity").asText() + "/" + t.get("id").asText(), t));
        byKind.put("~tombstones", tombstones);
        return byKind;
    }

    /** Where two holdings differ, a line per record (at most 20), so a failure reads short: empty when equal. */
    static List<String> differences(Map<String, Map<String, JsonNode>> actual, Map<String, Map<String, JsonNode>> expected) {
        List<String> lines = new ArrayList<>();
        java.util.Set<String> kinds = new java.util.TreeSet<>(actual.keySet());
        kinds.addAll(expected.keySet());
        for (String kind : kinds) {
            Map<String, JsonNode> mine = actual.getOrDefault(kind, Map.of());
            Map<String, JsonNode> theirs = expected.getOrDefault(kind, Map.of());
            java.util.Set<String> ids = new java.util.TreeSet<>(mine.keySet());
            ids.addAll(theirs.keySet());
            for (String id : ids) {
                if (!java.util.Objects.equals(mine.get(id), theirs.get(id)) && lines.size() < 20) {
                    lines.add(kind + " " + id + ": " + mine.get(id) + " <> " + theirs.get(id));
                }
            }
        }
        return lines;
    }

    static long count(TestPostgres server, String sql) throws SQLException {
        try (Connection c = server.dataSource().getConnection(); Statement s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
