package nl.werkbank.core.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.storage.Database;

/**
 * Merges an exchange file into the database, inside the caller's transaction. Per record the newer version
 * wins and a deletion is final, so the outcome does not depend on the order in which files are imported, and
 * importing a file again changes nothing. A record changed on both sides since the
 * last exchange is reported as a conflict and the losing version is kept for the user.
 */
final class ExchangeMerger {

    private static final int PROGRESS_STEP = 1_000;
    /**
     * Fewer records of a kind than this (a day's sync, one team's file) are looked up one by one by their id and keys;
     * more, and all of the kind's versions are read at once.
     */
    private static final int LOOK_UP_BELOW = 2_000;

    private final ExchangeRepository repository;
    private final RecordRepository records;
    private final ConflictKeeper conflictKeeper;
    private final Database db;
    private final Map<String, Kind> kinds;
    private final ExchangeData data;
    private final Instant now;
    private final Map<String, Map<UUID, Instant>> tombs = new HashMap<>();
    private final Map<String, Set<UUID>> present = new HashMap<>();
    /** Kinds whose {@link #present} holds only the records looked up: the others are looked up when referred to. */
    private final Set<String> partlyRead = new HashSet<>();
    /** Records not taken because they or a parent were deleted: their children are not taken either. */
    private final Map<String, Set<UUID>> gone = new HashMap<>();
    private final Map<String, KindCounts> counts = new LinkedHashMap<>();
    private final List<String> keptInUse = new ArrayList<>();
    /** Every version older than this was sent in a full export. */
    private Instant lastFullExport;
    private Erasures erasure;
    private final Progress progress;
    private long done;

    ExchangeMerger(Database db, Map<String, Kind> kinds, ExchangeData data, Instant now, Progress progress) {
        this.repository = new ExchangeRepository(db);
        this.records = new RecordRepository(db);
        this.conflictKeeper = new ConflictKeeper(new ConflictRepository(db), repository, data.fileName(), now);
        this.db = db;
        this.kinds = kinds;
        this.data = data;
        this.now = now;
        this.progress = progress;
    }

    ImportResult merge(boolean applied) {
        lastFullExport = repository.lastFullExport();
        mergeTombstones();
        erasure = kinds.get("person").index("erased_at") >= 0 ? new Erasures(repository, db) : null;
        for (Kind kind : kinds.values()) {
            mergeKind(kind, data.records().getOrDefault(kind.name(), List.of()), applied);
        }
        if (erasure != null) {
            erasure.scrubArrived(now);
        }
        Removals removals = removalsOf(this::applyDeletions);
        return new ImportResult(data.fileName(), data.installationId(), data.exportedAt(), data.scopeName(),
                data.privateRoundsIncluded(), counts, conflictKeeper.kept(), keptInUse, applied, removals);
    }

    /** Local and incoming deletions together, keeping the latest time per record. */
    private void mergeTombstones() {
        for (Tombstone local : repository.tombstones()) {
            tombs.computeIfAbsent(local.entity(), k -> new HashMap<>()).put(local.id(), local.deletedAt());
        }
        List<Tombstone> newer = new ArrayList<>();
        for (Tombstone incoming : data.tombstones()) {
            Map<UUID, Instant> ofKind = tombs.computeIfAbsent(incoming.entity(), k -> new HashMap<>());
            Instant known = ofKind.get(incoming.id());
            if (known == null || incoming.deletedAt().isAfter(known)) {
                ofKind.put(incoming.id(), incoming.deletedAt());
                newer.add(incoming);
            }
        }
        repository.storeTombstones(newer);
    }

    /**
     * Decides per record what happens. A preview ({@code write} false) takes every decision but does not send the received
     * records to the database: nothing later in the merge reads them back, and writing them cost as much as the import.
     */
    private void mergeKind(Kind kind, List<Object[]> rows, boolean write) {
        Map<UUID, Instant> local = new HashMap<>();
        Map<UUID, Instant> bases = new HashMap<>();
        boolean lookUp = rows.size() < LOOK_UP_BELOW;
        if (lookUp) {
            records.versions(kind, rows.stream().map(row -> (UUID) row[kind.idIndex()]).toList(), local, bases);
            partlyRead.add(kind.name());
        } else {
            records.versions(kind, local, bases);
        }
        Set<UUID> ids = new HashSet<>(local.keySet());
        present.put(kind.name(), ids);
        UniqueKeys unique = new UniqueKeys(records, kind, rows.isEmpty() ? UniqueKeys.Stored.NONE
                : lookUp ? UniqueKeys.Stored.LOOK_UP : local.isEmpty() ? UniqueKeys.Stored.NONE : UniqueKeys.Stored.READ_ALL);
        Map<UUID, Instant> kindTombs = tombs.getOrDefault(kind.name(), Map.of());
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int older = 0;
        int conflicted = 0;
        int skipped = 0;
        try (RecordRepository.RowBatches batches = records.batches(kind, write)) {
            for (Object[] row : ParentsFirst.order(kind, rows)) {
                tick();
                UUID id = (UUID) row[kind.idIndex()];
                Instant version = (Instant) row[kind.updatedIndex()];
                Instant deleted = kindTombs.get(id);
                if (deleted != null || parentDeleted(kind, row)) {
                    if (deleted != null && version.isAfter(deleted)) {
                        conflictKeeper.editedAfterDeletion(kind, row, deleted, version);
                    }
                    gone.computeIfAbsent(kind.name(), k -> new HashSet<>()).add(id);
                    skipped++;
                    continue;
                }
                Instant mine = local.get(id);
                if (erasure != null && erasure.aboutErased(kind, row)) {
                    // Texts and votes of someone erased are not taken in again, nor kept as a conflict.
                    older++;
                    continue;
                }
                if (erasure != null && kind.name().equals("person") && mine != null) {
                    // Vergetelheid wins over any edit, in either direction: an erased person is not brought back, and
                    // an erasure made elsewhere is taken even when this laptop edited the person later.
                    boolean erasedHere = erasure.erasedHere(id);
                    boolean erasedThere = row[kind.index("erased_at")] != null;
                    if (erasedHere && !erasedThere) {
                        older++;
                        continue;
                    }
                    if (erasedThere && !erasedHere) {
                        erasure.arrived(id);
                        batches.update(row);
                        updated++;
                        continue;
                    }
                }
                if (mine == null && erasure != null && kind.name().equals("person") && row[kind.index("erased_at")] != null) {
                    erasure.arrived(id);
                }
                if (mine == null) {
                    UniqueKeys.Clash clash = unique.clash(row);
                    if (clash != null && !wins(version, id, clash.updated(), clash.id())) {
                        loseToLocal(kind, row, clash, version);
                        conflicted++;
                        continue;
                    }
                    if (clash != null) {
                        winFromLocal(kind, row, clash, version);
                        conflicted++;
                    }
                    batches.insert(row);
                    unique.remember(row);
                    ids.add(id);
                    added++;
                } else if (mine.equals(version)) {
                    unchanged++;
                } else {
                    // A conflict when the losing version holds a change made since the last exchange of this record.
                    Instant shared = bases.get(id);
                    if (version.isAfter(mine)) {
                        boolean sent = mine.equals(shared) || lastFullExport != null && !mine.isAfter(lastFullExport);
                        if (!sent) {
                            conflictKeeper.keep(kind, records.row(kind, id), true, version, mine);
                            conflicted++;
                        }
                        batches.update(row);
                        updated++;
                    } else {
                        if (shared == null || !shared.equals(version)) {
                            conflictKeeper.keep(kind, row, false, mine, version);
                            conflicted++;
                        }
                        older++;
                    }
                }
                if (mine != null && !version.equals(bases.get(id))) {
                    batches.exchanged(id, version);
                }
            }
        }
        counts.put(kind.name(), new KindCounts(added, updated, unchanged, older, conflicted, skipped, 0));
    }

    /** Every thousand records: say how far, and stop here when the user asked (the caller's transaction rolls back). */
    private void tick() {
        if (++done % PROGRESS_STEP == 0) {
            progress.update(done, data.recordCount());
            progress.checkCancelled();
        }
    }

    /** Newest wins; on an exact tie the larger id, so both laptops pick the same record. */
    private static boolean wins(Instant version, UUID id, Instant otherVersion, UUID otherId) {
        int order = version.compareTo(otherVersion);
        return order > 0 || order == 0 && id.compareTo(otherId) > 0;
    }

    /** A record of the file (new to us) clashes with ours on a unique key (one attendance per person per meeting). */
    private void loseToLocal(Kind kind, Object[] row, UniqueKeys.Clash clash, Instant version) {
        UUID id = (UUID) row[kind.idIndex()];
        recordTomb(kind.name(), id, clash.updated());
        conflictKeeper.keep(kind, row, false, clash.updated(), version);
    }

    private void winFromLocal(Kind kind, Object[] row, UniqueKeys.Clash clash, Instant version) {
        conflictKeeper.keep(kind, records.row(kind, clash.id()), true, version, clash.updated());
        records.delete(kind, clash.id());
        recordTomb(kind.name(), clash.id(), version);
        present.get(kind.name()).remove(clash.id());
    }

    private void recordTomb(String kind, UUID id, Instant at) {
        Map<UUID, Instant> ofKind = tombs.computeIfAbsent(kind, k -> new HashMap<>());
        Instant known = ofKind.get(id);
        if (known == null || at.isAfter(known)) {
            ofKind.put(id, at);
            repository.recordTombstone(kind, id, at);
        }
    }

    /** A reference to a record that is neither here nor in the file: skipped if it was deleted, else the file is bad. */
    private boolean parentDeleted(Kind kind, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            Column column = kind.columns().get(i);
            if (column.references() == null || row[i] == null || !kinds.containsKey(column.references())) {
                continue;
            }
            Set<UUID> targets = present.get(column.references());
            if (targets == null || targets.contains(row[i]) || column.references().equals(kind.name()) && inFile(kind, row[i])) {
                continue;
            }
            if (partlyRead.contains(column.references()) && records.updatedAt(kinds.get(column.references()), (UUID) row[i]).isPresent()) {
                targets.add((UUID) row[i]);
                continue;
            }
            if (tombs.getOrDefault(column.references(), Map.of()).containsKey(row[i])
                    || gone.getOrDefault(column.references(), Set.of()).contains(row[i])) {
                return true;
            }
            throw new ExchangeFileException("error.exchange.missingReference", kind.name(), row[kind.idIndex()], column.name(),
                    row[i]);
        }
        return false;
    }

    private boolean inFile(Kind kind, Object id) {
        return data.records().getOrDefault(kind.name(), List.of()).stream().anyMatch(r -> id.equals(r[kind.idIndex()]));
    }



    /**
     * Counts every table before and after the deletions: what they remove, cascades included (a deleted meeting takes
     * its attendance, check-ins and votes along), not only the records the file names.
     */
    private Removals removalsOf(Runnable deletions) {
        if (data.tombstones().isEmpty()) {
            deletions.run();
            return Removals.NONE;
        }
        Map<String, Long> before = repository.tableCounts();
        long privateBefore = repository.privateCheckIns();
        deletions.run();
        Map<String, Long> after = repository.tableCounts();
        Map<String, Long> removed = new java.util.LinkedHashMap<>();
        for (Kind kind : kinds.values()) {
            long gone = before.getOrDefault(kind.name(), 0L) - after.getOrDefault(kind.name(), 0L);
            if (gone > 0) {
                removed.put(kind.name(), gone);
            }
        }
        return new Removals(removed, privateBefore - repository.privateCheckIns());
    }

    /** Incoming deletions of records we still have in an older version; children go first. */
    private void applyDeletions() {
        List<Kind> reversed = new ArrayList<>(kinds.values());
        Collections.reverse(reversed);
        Map<String, List<Tombstone>> byKind = new HashMap<>();
        data.tombstones().forEach(t -> byKind.computeIfAbsent(t.entity(), k -> new ArrayList<>()).add(t));
        for (Kind kind : reversed) {
            int deleted = 0;
            for (Tombstone tomb : byKind.getOrDefault(kind.name(), List.of())) {
                Instant mine = records.updatedAt(kind, tomb.id()).orElse(null);
                if (mine == null) {
                    continue;
                }
                if (mine.isAfter(tomb.deletedAt())) {
                    conflictKeeper.editedAfterDeletion(kind, records.row(kind, tomb.id()), tomb.deletedAt(), mine);
                }
                if (records.deleteUnlessInUse(kind, tomb.id())) {
                    deleted++;
                } else {
                    keptInUse.add(kind.name() + " " + RowJson.label(repository, kind, records.row(kind, tomb.id())));
                }
            }
            KindCounts was = counts.getOrDefault(kind.name(), KindCounts.NONE);
            counts.put(kind.name(), new KindCounts(was.added(), was.updated(), was.unchanged(), was.older(), was.conflicts(),
                    was.skippedDeleted(), deleted));
        }
    }

}
