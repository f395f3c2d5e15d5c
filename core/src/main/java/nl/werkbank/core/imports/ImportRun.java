package nl.werkbank.core.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.ImportedLine;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.storage.Database;

/**
 * Carries out a plan inside the caller's transaction: the preview runs it in a transaction that is rolled back, the
 * import in one that commits, so what the preview says is exactly what the import does.
 */
final class ImportRun {

    private final Database db;
    private final Clock clock;
    private final ImportServices services;
    private final ImportPlan plan;
    private final UUID teamId;
    private final ImportChoices choices;
    private final Progress progress;
    private final List<ImportBatchRepository.Item> items = new ArrayList<>();

    ImportRun(Database db, Clock clock, ImportServices services, ImportPlan plan, UUID teamId, ImportChoices choices,
              Progress progress) {
        this.db = db;
        this.clock = clock;
        this.services = services;
        this.plan = plan;
        this.teamId = teamId;
        this.choices = choices;
        this.progress = progress;
    }

    ImportPreview run(boolean applied) {
        SpreadsheetFile file = plan.file();
        if (plan.problemCount() > 0) {
            return new ImportPreview(file.fileName(), file.readAs(), List.of(), List.of(), List.of(), plan.problems(),
                    plan.problemCount(), null);
        }
        Map<String, Resolved> people = resolvePeople();
        Map<String, Resolved> organizations = resolveOrganizations();
        List<NamePreview> peoplePreview = people.values().stream().map(r -> r.preview).toList();
        List<NamePreview> organizationPreview = organizations.values().stream().map(r -> r.preview).toList();
        boolean guesses = NamePreview.anyToConfirm(peoplePreview) || NamePreview.anyToConfirm(organizationPreview);
        if (applied && guesses && !choices.confirmed()) {
            throw new ImportFileException("error.attendanceImport.confirm", file.fileName());
        }
        createOrganizations(organizations);
        createPeople(people, organizations);
        List<MeetingPreview> meetings = new ArrayList<>();
        long done = 0;
        long total = plan.lineCount();
        for (PlannedMeeting planned : plan.meetings()) {
            var existing = services.meetings().teamMeetingOn(teamId, planned.date());
            Meeting meeting = existing.orElseGet(() -> createMeeting(planned));
            int[] counts = new int[3];
            for (PlannedLine line : planned.lines()) {
                Resolved organization = organizations.get(NameKey.of(line.organization()));
                ImportedLine result = services.attendance().importLine(meeting, people.get(NameKey.of(line.name())).id,
                        organization == null ? null : organization.id, line.status());
                counts[result.outcome().ordinal()]++;
                if (result.outcome() != ImportedLine.Outcome.SAME) {
                    items.add(new ImportBatchRepository.Item("attendance", result.attendanceId(), result.outcome().name(),
                            result.previousStatus(), result.previousOrganizationId()));
                }
                if (++done % 500 == 0) {
                    progress.update(done, total);
                    progress.checkCancelled();
                }
            }
            meetings.add(new MeetingPreview(planned.sheet(), planned.date(), meeting.start(), meeting.end(),
                    existing.isEmpty() && planned.timesFromFile(), existing.isPresent(), counts[0], counts[1], counts[2]));
        }
        UUID batchId = null;
        if (applied) {
            batchId = UUID.randomUUID();
            UUID id = batchId;
            int lines = meetings.stream().mapToInt(m -> m.added() + m.changed()).sum();
            // Stamped after the work, so anything edited later has a newer updated_at than the batch.
            db.transaction(c -> {
                ImportBatchRepository.insert(c, new ImportBatch(id, file.fileName(), teamId, null, meetings.size(), lines,
                        clock.instant(), null));
                ImportBatchRepository.insertItems(c, id, items);
                return null;
            });
        }
        return new ImportPreview(file.fileName(), file.readAs(), meetings, peoplePreview, organizationPreview, List.of(), 0, batchId);
    }

    /** A name of the file and the record it stands for (null until a new one is created). */
    private static final class Resolved {
        NamePreview preview;
        UUID id;
        LocalDate firstDate;
        String firstOrganization;

        Resolved(NamePreview preview, UUID id) {
            this.preview = preview;
            this.id = id;
        }
    }

    private Map<String, Resolved> resolvePeople() {
        NameMatcher matcher = new NameMatcher();
        services.people().list().forEach(row -> matcher.add(row.person().id(), row.person().name()));
        Map<String, PlannedLine> first = new LinkedHashMap<>();
        Map<String, LocalDate> firstDates = new LinkedHashMap<>();
        for (PlannedMeeting meeting : plan.meetings()) {
            for (PlannedLine line : meeting.lines()) {
                String key = NameKey.of(line.name());
                if (!firstDates.containsKey(key) || meeting.date().isBefore(firstDates.get(key))) {
                    first.put(key, line);
                    firstDates.put(key, meeting.date());
                }
            }
        }
        Map<String, Resolved> resolved = resolve(matcher, first);
        resolved.forEach((key, r) -> {
            r.firstDate = firstDates.get(key);
            r.firstOrganization = first.get(key).organization();
        });
        return resolved;
    }

    private Map<String, Resolved> resolveOrganizations() {
        NameMatcher matcher = new NameMatcher();
        services.organizations().list().forEach(row -> matcher.add(row.organization().id(), row.organization().name()));
        Map<String, PlannedLine> first = new LinkedHashMap<>();
        for (PlannedMeeting meeting : plan.meetings()) {
            for (PlannedLine line : meeting.lines()) {
                if (!line.organization().isBlank()) {
                    first.putIfAbsent(NameKey.of(line.organization()), line);
                }
            }
        }
        Map<String, PlannedLine> byOrganization = new LinkedHashMap<>();
        first.forEach((key, line) -> byOrganization.put(key, new PlannedLine(line.organization(), "", "", line.status(),
                line.sheet(), line.address())));
        return resolve(matcher, byOrganization);
    }

    /**
     * Exact names first, then similar ones; a record is meant by one name of the file at most, so two names never
     * land on the same person (and then on one attendance line).
     */
    private Map<String, Resolved> resolve(NameMatcher matcher, Map<String, PlannedLine> names) {
        Map<String, Resolved> resolved = new LinkedHashMap<>();
        java.util.Set<UUID> taken = new java.util.HashSet<>();
        names.forEach((key, line) -> matcher.exact(line.name()).ifPresent(match -> taken.add(match.id())));
        names.forEach((key, line) -> {
            String where = line.sheet() + "!" + line.address();
            var exact = matcher.exact(line.name());
            if (exact.isPresent()) {
                resolved.put(key, new Resolved(new NamePreview(line.name(), NamePreview.Kind.EXISTING, exact.get().name(), where),
                        exact.get().id()));
                return;
            }
            var similar = matcher.find(line.name(), taken);
            if (similar.isEmpty()) {
                resolved.put(key, new Resolved(new NamePreview(line.name(), NamePreview.Kind.NEW, null, where), null));
                return;
            }
            taken.add(similar.get().id());
            boolean accepted = choices.confirmed() && !choices.rejected().contains(line.name());
            resolved.put(key, new Resolved(new NamePreview(line.name(), NamePreview.Kind.SIMILAR, similar.get().name(), where),
                    accepted ? similar.get().id() : null));
        });
        return resolved;
    }

    private void createOrganizations(Map<String, Resolved> organizations) {
        for (Resolved r : organizations.values()) {
            if (r.id == null) {
                r.id = services.organizations().create(r.preview.name(), OrganizationType.OTHER, null, true).id();
                items.add(new ImportBatchRepository.Item("organization", r.id, "ADDED", null, null));
            }
        }
    }

    private void createPeople(Map<String, Resolved> people, Map<String, Resolved> organizations) {
        for (Resolved r : people.values()) {
            if (r.id != null) {
                continue;
            }
            r.id = services.people().create(r.preview.name(), null, null, true).id();
            items.add(new ImportBatchRepository.Item("person", r.id, "ADDED", null, null));
            Resolved organization = organizations.get(NameKey.of(r.firstOrganization == null ? "" : r.firstOrganization));
            if (organization != null) {
                // From the first meeting the file shows them at: where they worked before is not known.
                UUID affiliation = services.people().saveAffiliation(Affiliation.create(r.id, organization.id, r.firstDate, null))
                        .affiliation().id();
                items.add(new ImportBatchRepository.Item("affiliation", affiliation, "ADDED", null, null));
            }
        }
    }

    private Meeting createMeeting(PlannedMeeting planned) {
        boolean online = planned.lines().stream().anyMatch(l -> l.status() == AttendanceStatus.ONLINE)
                && planned.lines().stream().noneMatch(l -> l.status() == AttendanceStatus.PRESENT);
        Meeting meeting = services.meetings().record(Meeting.create(teamId, MeetingType.TEAM_MEETING, planned.date(),
                planned.start(), planned.end(), online ? MeetingMode.ONLINE : MeetingMode.PHYSICAL));
        items.add(new ImportBatchRepository.Item("meeting", meeting.id(), "ADDED", null, null));
        return meeting;
    }
}
