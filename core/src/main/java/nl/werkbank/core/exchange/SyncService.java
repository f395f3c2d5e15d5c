package nl.werkbank.core.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.server.ServerAccount;
import nl.werkbank.core.server.ServerException;
import nl.werkbank.core.storage.Database;

/**
 * Sync with the Werkplaats server (issue 22, ADR 0022): pull what the server numbered since this laptop's last pull and
 * merge it exactly as an exchange file (same merger, same rules, conflicts kept here); then push what waits here, but
 * only while the server has nothing this laptop has not merged yet. The server then takes the rows as sent, because they
 * already are the merge's outcome; if another laptop was first, this one pulls again. So there is one merge, on the
 * laptops, and the server holds a sequence of states each laptop has seen.
 */
public final class SyncService {

    /** A laptop clock off by more than this moves the versions it sends onto the server's time (ADR 0022). */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);
    /**
     * A push looks for waiting records from this long before the previous push read them on: a save stamped just before
     * that read and committed just after it is found all the same.
     */
    static final Duration SCAN_MARGIN = Duration.ofMinutes(10);
    /** And once a day in whole tables, whatever the clock did meanwhile. */
    static final Duration FULL_SCAN_EVERY = Duration.ofDays(1);
    /** Pulls before giving up when other laptops keep pushing first. */
    private static final int ATTEMPTS = 20;
    /** Records noted as sent per transaction ({@link #inChunks}). */
    private int markChunk = 10_000;

    private final Database database;
    private final Clock clock;
    private final ExchangeService exchange;
    private final SyncStateRepository states;
    private final RecordRepository records;

    public SyncService(Database database, Clock clock, ExchangeService exchange) {
        this.database = database;
        this.clock = clock;
        this.exchange = exchange;
        this.states = new SyncStateRepository(database);
        this.records = new RecordRepository(database);
    }

    public Optional<SyncState> state() {
        return states.state();
    }

    /** The stored server and account, with its password, to sync with; empty when this laptop has none. */
    public Optional<ServerAccount> account() {
        return states.state().flatMap(state -> states.password().map(pw -> new ServerAccount(state.serverUrl(), state.login(), pw)));
    }

    /**
     * Tries the server with this account (a wrong password or address is said now, not at the first sync) and stores
     * both; the password in the database, encrypted with it, so only in an encrypted database. Another server than
     * before starts from the beginning.
     */
    public void connect(String url, String login, char[] password) {
        if (!database.encrypted()) {
            // The password would lie in a file anyone with the laptop can read (issue 22: never in clear text).
            throw new ServerException("error.sync.notEncrypted", null);
        }
        test(url, login, password);
        states.connect(url, login, password, clock.instant());
    }

    /**
     * Logs in and reads what the account may do, storing nothing; says in the user's words what is wrong (address,
     * network, password, a server without the Werkplaats tables). Returns how many kinds the account may send.
     */
    public int test(String url, String login, char[] password) {
        ServerAccount account = new ServerAccount(url, login, password);
        try (ServerRecordRepository server = new ServerRecordRepository(account.dataSource())) {
            ServerRecordRepository.Rights rights = server.rights(exchange.kinds());
            if (!rights.reads(exchange.kinds().get("person"))) {
                throw new ServerException("error.sync.noWerkplaats", null, account.displayUrl());
            }
            return (int) exchange.kinds().values().stream().filter(rights::writes).count();
        }
    }

    public void disconnect() {
        states.disconnect();
    }

    /** Records and deletions that wait to be sent. */
    public long waiting() {
        Optional<SyncState> state = states.state();
        return states.waiting(exchange.kinds(), state.isPresent() ? scanFrom(state.get(), clock.instant()) : null);
    }

    /**
     * Where a push looks for what waits: from the previous push's reading on, by the updated_at indexes; in whole tables
     * when there was none, once a day, or when the clock now stands before that reading (it was set back).
     */
    private static Instant scanFrom(SyncState state, Instant now) {
        Instant from = state.scanFrom();
        if (from == null || state.fullScanAt() == null || state.fullScanAt().plus(FULL_SCAN_EVERY).isBefore(now)
                || now.isBefore(from)) {
            return null;
        }
        return from;
    }

    /** Syncs with the stored server and account, taking deletions made elsewhere. */
    public SyncResult sync(Progress progress) {
        return sync(progress, true);
    }

    /**
     * As {@link #sync(Progress)}; unless {@code removalsAccepted}, a pull that would remove records here changes nothing
     * and throws {@link RemovalsNotAccepted} saying what (the command line and the automatic sync ask first).
     */
    public SyncResult sync(Progress progress, boolean removalsAccepted) {
        return sync(account().orElseThrow(() -> new ServerException("error.sync.noServer", null)), progress, removalsAccepted);
    }

    SyncResult sync(ServerAccount account, Progress progress, boolean removalsAccepted) {
        Map<String, Kind> kinds = exchange.kinds();
        UUID serverId = UUID.nameUUIDFromBytes(account.displayUrl().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String serverName = "server " + account.displayUrl();
        try (ServerRecordRepository server = new ServerRecordRepository(account.dataSource())) {
            ServerRecordRepository.Rights rights = server.rights(kinds);
            ImportResult received = null;
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                progress.checkCancelled();
                long seq = states.state().orElseThrow().pulledSeq();
                server.beginSnapshot();
                long latest = server.latest();
                if (latest > seq || seq == 0) {
                    ExchangeData data = server.since(kinds, rights, seq, serverName, serverId, clock.instant());
                    server.rollback();
                    // A laptop that held nothing has nothing the server lacks: the first pull need not compare.
                    boolean compare = seq == 0 && !new ExchangeRepository(database).holdsNoWerkplaats();
                    ImportResult pulled = exchange.receive(withOwnValues(kinds, rights, data), progress, removalsAccepted, target -> {
                        SyncStateRepository into = new SyncStateRepository(target);
                        into.tombstonesSynced(data.tombstones());
                        if (compare) {
                            firstPull(into, kinds, rights, data);
                            into.scanFrom(null, null);
                        } else if (seq == 0) {
                            // Nothing here was older than this pull: the next push need not read whole tables.
                            Instant now = clock.instant();
                            into.scanFrom(now.minus(SCAN_MARGIN), now);
                        }
                        into.pulled(latest);
                    });
                    // When other laptops pushed first and this one pulled again, the pull that changed something is told.
                    if (received == null || pulled.changesAnything() || !pulled.conflicts().isEmpty()) {
                        received = pulled;
                    }
                } else {
                    server.rollback();
                }
                Optional<SyncResult> pushed = push(server, kinds, rights, latest, received);
                if (pushed.isPresent()) {
                    return pushed.get();
                }
            }
            throw new ServerException("error.sync.busy", null);
        }
    }

    /**
     * Sends what waits here, unless the server moved on since {@code pulled}: then empty, and the caller pulls again.
     * Saved here only once the server committed; a crash in between sends the same versions again, which changes nothing.
     */
    private Optional<SyncResult> push(ServerRecordRepository server, Map<String, Kind> kinds, ServerRecordRepository.Rights rights,
                                      long pulled, ImportResult received) {
        SyncState state = states.state().orElseThrow();
        Instant readAt = clock.instant();
        Instant from = scanFrom(state, readAt);
        SyncStateRepository.Outgoing outgoing = states.outgoing(kinds, from);
        server.beginWrite();
        if (server.latest() != pulled) {
            server.rollback();
            return Optional.empty();
        }
        Instant serverNow = server.clock();
        Duration offset = Duration.between(serverNow, clock.instant());
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        // Per kind, the versions to note as exchanged: as sent, or (not this account's to send) as they are here.
        Map<String, List<SyncStateRepository.Sent>> marks = new HashMap<>();
        int notPermitted = 0;
        int restamped = 0;
        for (Map.Entry<String, List<Object[]>> entry : outgoing.rows().entrySet()) {
            Kind kind = kinds.get(entry.getKey());
            for (Object[] row : entry.getValue()) {
                UUID id = (UUID) row[kind.idIndex()];
                Instant version = (Instant) row[kind.updatedIndex()];
                Instant stamp = stamp(version, outgoing.bases().get(id), serverNow, offset);
                List<SyncStateRepository.Sent> ofKind = marks.computeIfAbsent(kind.name(), k -> new ArrayList<>());
                if (!rights.writes(kind)) {
                    ofKind.add(new SyncStateRepository.Sent(id, version, version));
                    notPermitted++;
                    continue;
                }
                if (!stamp.equals(version)) {
                    row = row.clone();
                    row[kind.updatedIndex()] = stamp;
                    restamped++;
                }
                rows.computeIfAbsent(kind.name(), k -> new ArrayList<>()).add(row);
                ofKind.add(new SyncStateRepository.Sent(id, version, stamp));
            }
        }
        List<Tombstone> tombstones = outgoing.tombstones().stream()
                .map(t -> new Tombstone(t.entity(), t.id(), stamp(t.deletedAt(), null, serverNow, offset))).toList();
        Set<UUID> refused = server.write(kinds, rights, rows, tombstones);
        long after = server.latest();
        server.commit();
        Instant now = clock.instant();
        // Refused by a policy: noted as exchanged so it is not tried at every sync; its own value stays.
        Map<String, List<SyncStateRepository.Sent>> noted = new LinkedHashMap<>();
        marks.forEach((kind, list) -> noted.put(kind, list.stream()
                .map(one -> refused.contains(one.id()) ? new SyncStateRepository.Sent(one.id(), one.version(), one.version()) : one)
                .toList()));
        List<Map.Entry<String, List<SyncStateRepository.Sent>>> chunks = inChunks(noted);
        Map.Entry<String, List<SyncStateRepository.Sent>> last = chunks.isEmpty() ? null : chunks.remove(chunks.size() - 1);
        chunks.forEach(chunk -> states.sent(kinds.get(chunk.getKey()), chunk.getValue()));
        database.atomically(() -> {
            if (last != null) {
                states.sent(kinds.get(last.getKey()), last.getValue());
            }
            states.tombstonesSynced(outgoing.tombstones());
            states.synced(after, now, offset.toMillis(), readAt.minus(SCAN_MARGIN), from == null ? readAt : state.fullScanAt());
            return null;
        });
        int notSent = notPermitted + refused.size();
        int marked = marks.values().stream().mapToInt(List::size).sum();
        return Optional.of(new SyncResult(received, marked - notSent + tombstones.size(), notSent, restamped, offset, after, now));
    }

    /**
     * What a push notes as sent, in pieces of at most {@link #markChunk} records, each noted in a transaction of its own
     * and the last one with where this laptop now is. The first push of a whole Werkplaats notes 270,000 records, which in
     * one transaction H2 writes slowly (an undo entry for each, all gone through again at the commit). A crash between the
     * pieces leaves records not noted yet: the next push sends them again with the versions the server already holds,
     * which changes nothing there.
     */
    private List<Map.Entry<String, List<SyncStateRepository.Sent>>> inChunks(Map<String, List<SyncStateRepository.Sent>> noted) {
        List<Map.Entry<String, List<SyncStateRepository.Sent>>> chunks = new ArrayList<>();
        noted.forEach((kind, list) -> {
            for (int from = 0; from < list.size(); from += markChunk) {
                chunks.add(Map.entry(kind, list.subList(from, Math.min(list.size(), from + markChunk))));
            }
        });
        return chunks;
    }

    /** For tests: note sent records in pieces of this many. */
    void markInChunksOf(int records) {
        markChunk = records;
    }

    /**
     * The version a record is sent with (ADR 0022). A laptop clock off by more than {@link #CLOCK_TOLERANCE} is corrected
     * by the offset just measured; no version is later than the server's time of receipt; and a version never falls
     * before the one it replaces, or the laptops would keep the older one.
     */
    static Instant stamp(Instant version, Instant base, Instant serverNow, Duration offset) {
        Instant stamp = offset.abs().compareTo(CLOCK_TOLERANCE) > 0 ? version.minus(offset) : version;
        if (stamp.isAfter(serverNow)) {
            stamp = serverNow;
        }
        if (base != null && !stamp.isAfter(base)) {
            stamp = base.plus(1, ChronoUnit.MICROS);
        }
        return stamp.equals(version) ? version : stamp.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Columns this account may not read (a facilitator and people's e-mail) arrive empty: they keep the value this laptop
     * has, so a pull never blanks them.
     */
    private ExchangeData withOwnValues(Map<String, Kind> kinds, ServerRecordRepository.Rights rights, ExchangeData data) {
        for (Map.Entry<String, List<Object[]>> entry : data.records().entrySet()) {
            Kind kind = kinds.get(entry.getKey());
            Set<String> readable = rights.readable().get(kind.name());
            List<Integer> hidden = new ArrayList<>();
            for (int i = 0; i < kind.columns().size(); i++) {
                if (!readable.contains(kind.columns().get(i).name())) {
                    hidden.add(i);
                }
            }
            if (hidden.isEmpty()) {
                continue;
            }
            for (Object[] row : entry.getValue()) {
                UUID id = (UUID) row[kind.idIndex()];
                if (records.updatedAt(kind, id).isPresent()) {
                    Object[] own = records.row(kind, id);
                    hidden.forEach(i -> row[i] = own[i]);
                }
            }
        }
        return data;
    }

    /** After the first pull from this server: what this laptop holds and the server does not, waits to be sent. */
    private static void firstPull(SyncStateRepository into, Map<String, Kind> kinds, ServerRecordRepository.Rights rights, ExchangeData data) {
        for (Kind kind : kinds.values()) {
            if (!rights.writes(kind)) {
                continue;
            }
            Map<UUID, Instant> onServer = new HashMap<>();
            for (Object[] row : data.records().getOrDefault(kind.name(), List.of())) {
                onServer.put((UUID) row[kind.idIndex()], (Instant) row[kind.updatedIndex()]);
            }
            into.notOnServer(kind, onServer);
        }
    }
}
