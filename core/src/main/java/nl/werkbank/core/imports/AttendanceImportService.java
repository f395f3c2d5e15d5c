package nl.werkbank.core.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.meetings.MeetingProposal;
import nl.werkbank.core.storage.Backup;
import nl.werkbank.core.storage.BackupReason;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.GuardedAction;

/**
 * Brings existing presentielijsten (Excel, CSV) in: read the file, propose a mapping (the one remembered for files
 * like it, else a guess from the headers), plan, preview, import in one guarded transaction after a backup, and
 * undo an import as a whole. See ADR 0017.
 */
public final class AttendanceImportService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Clock clock;
    private final ImportServices services;

    public AttendanceImportService(Database db, Clock clock, ImportServices services) {
        this.db = db;
        this.clock = clock;
        this.services = services;
    }

    public SpreadsheetFile read(Path file) {
        return SpreadsheetReader.read(file);
    }

    /**
     * The mapping to start from: the one chosen last time for a file with the same headers, else a guess; meeting
     * times from the team's last meeting (what a new meeting of the team would get).
     */
    public ImportMapping propose(SpreadsheetFile file, UUID teamId) {
        MeetingProposal usual = services.meetings().proposeNext(teamId);
        ImportMapping guess = MappingGuess.guess(file, usual.start(), usual.end());
        // A remembered layout fits when the file shows the same headers on the row that layout has them on.
        for (String[] stored : db.transaction(ImportBatchRepository::layouts)) {
            ImportMapping mapping = remembered(stored[1], guess);
            if (mapping != guess && MappingGuess.signature(file, mapping).equals(stored[0])) {
                return mapping;
            }
        }
        return guess;
    }

    /** Reads the file with the mapping; cheap, so the window can redo it after every change in the mapping step. */
    public ImportPlan plan(SpreadsheetFile file, ImportMapping mapping, Progress progress) {
        return PlanBuilder.build(file, mapping, progress);
    }

    /** What importing would do, computed by doing it in a transaction that is rolled back. */
    public ImportPreview preview(ImportPlan plan, UUID teamId, ImportChoices choices, Progress progress) {
        requireTeam(teamId);
        return db.trial(c -> new ImportRun(db, clock, services, plan, teamId, choices, progress).run(false));
    }

    /**
     * Imports all or nothing: refused when a cell cannot be read (the first one is named) or when names need a
     * confirmation not given; otherwise after a backup, in one transaction guarded against a crash, recorded as a
     * batch that {@link #undo} removes again.
     */
    public ImportPreview apply(ImportPlan plan, UUID teamId, ImportChoices choices, Progress progress) {
        requireTeam(teamId);
        if (plan.problemCount() > 0) {
            CellProblem first = plan.problems().get(0);
            Object[] args = new Object[first.args().size() + 2];
            args[0] = first.sheet();
            args[1] = first.address();
            for (int i = 0; i < first.args().size(); i++) {
                args[i + 2] = first.args().get(i);
            }
            throw new ImportFileException(first.key(), args);
        }
        Backup before = services.backups().create(BackupReason.BEFORE_IMPORT);
        progress.checkCancelled();
        ImportPreview result = GuardedAction.runBesideSaves(db, "import " + plan.file().fileName(), before,
                () -> db.atomically(() -> new ImportRun(db, clock, services, plan, teamId, choices, progress).run(true)));
        remember(plan.file(), plan.mapping());
        return result;
    }

    /** Imports done on this laptop, newest first. */
    public List<ImportBatch> batches() {
        return db.transaction(ImportBatchRepository::all);
    }

    /**
     * Removes exactly what the import added and puts back the lines it changed, in one transaction. Refused when
     * someone worked on those records since (a changed line, a check-in at an imported meeting, an imported person
     * now listed elsewhere): then undoing would take that work along.
     */
    public void undo(UUID batchId) {
        db.atomically(() -> {
            ImportBatch batch = db.transaction(c -> ImportBatchRepository.find(c, batchId))
                    .orElseThrow(() -> new NotFoundException("import_batch", batchId));
            if (batch.undoneAt() != null) {
                throw new ImportFileException("error.attendanceImport.alreadyUndone", batch.fileName());
            }
            List<ImportBatchRepository.Item> items = db.transaction(c -> ImportBatchRepository.itemsLastFirst(c, batchId));
            // What is still there, read once: a record removed since (by hand) is skipped, one edited since refuses the undo.
            List<ImportBatchRepository.Item> present = new java.util.ArrayList<>();
            for (ImportBatchRepository.Item item : items) {
                Optional<Instant> updated = db.transaction(c -> ImportBatchRepository.updatedAt(c, item.kind(), item.recordId()));
                if (updated.isPresent() && updated.get().isAfter(batch.importedAt())) {
                    throw new ImportFileException("error.attendanceImport.undoChanged", batch.fileName());
                }
                updated.ifPresent(at -> present.add(item));
            }
            for (ImportBatchRepository.Item item : present) {
                undo(batch, item);
            }
            db.transaction(c -> {
                ImportBatchRepository.markUndone(c, batchId, clock.instant());
                return null;
            });
            return null;
        });
    }

    private void undo(ImportBatch batch, ImportBatchRepository.Item item) {
        UUID id = item.recordId();
        switch (item.kind()) {
            case "attendance" -> {
                if (item.action().equals("ADDED")) {
                    services.attendance().remove(id);
                } else {
                    services.attendance().restoreLine(id, item.previousStatus(), item.previousOrganizationId());
                }
            }
            case "meeting" -> {
                if (services.meetings().hasMoreThanAttendance(id) || !services.attendance().lines(id).isEmpty()) {
                    throw new ImportFileException("error.attendanceImport.undoChanged", batch.fileName());
                }
                services.meetings().delete(id);
            }
            case "affiliation" -> services.people().deleteAffiliation(id);
            case "person" -> {
                refuseWhenReferenced(batch, "person", id, Set.of("affiliation"));
                services.people().delete(id);
            }
            case "organization" -> {
                refuseWhenReferenced(batch, "organization", id, Set.of("partnership"));
                services.organizations().delete(id);
            }
            default -> throw new IllegalStateException("Unknown import item " + item.kind());
        }
    }

    private void refuseWhenReferenced(ImportBatch batch, String kind, UUID id, Set<String> except) {
        if (db.transaction(c -> ImportBatchRepository.referenced(c, kind, id, except))) {
            throw new ImportFileException("error.attendanceImport.undoChanged", batch.fileName());
        }
    }

    private void requireTeam(UUID teamId) {
        if (teamId == null) {
            throw new ImportFileException("error.attendanceImport.team");
        }
    }

    /** The part of a mapping that belongs to the file's layout (not the times, which belong to the team). */
    private record StoredLayout(Layout layout, int headerRow, Map<Integer, ColumnRole> columns, DateOrder dateOrder) {
    }

    private void remember(SpreadsheetFile file, ImportMapping mapping) {
        String signature = MappingGuess.signature(file, mapping);
        if (signature.isEmpty()) {
            return;
        }
        try {
            String json = JSON.writeValueAsString(new StoredLayout(mapping.layout(), mapping.headerRow(), mapping.columns(),
                    mapping.dateOrder()));
            db.transaction(c -> {
                ImportBatchRepository.saveLayout(c, signature, json, clock.instant());
                return null;
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportMapping remembered(String json, ImportMapping guess) {
        try {
            StoredLayout stored = JSON.readValue(json, StoredLayout.class);
            return new ImportMapping(stored.layout(), stored.headerRow(), stored.columns(), stored.dateOrder(), guess.start(),
                    guess.end());
        } catch (JsonProcessingException e) {
            // A layout saved by another version that no longer reads: start from the guess.
            return guess;
        }
    }
}
