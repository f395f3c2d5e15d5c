package nl.werkbank.core.imports;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.meetings.AttendanceStatus;

/** Reads the sheets with a mapping into meetings and lines, collecting every unreadable cell with its address. */
final class PlanBuilder {

    static final int PROBLEMS_KEPT = 200;

    private final SpreadsheetFile file;
    private final ImportMapping mapping;
    private final Progress progress;
    private final Map<LocalDate, MeetingDraft> meetings = new TreeMap<>();
    private final List<CellProblem> problems = new ArrayList<>();
    private int problemCount;
    private long rowsDone;
    private final long rowsTotal;

    private PlanBuilder(SpreadsheetFile file, ImportMapping mapping, Progress progress) {
        this.file = file;
        this.mapping = mapping;
        this.progress = progress;
        this.rowsTotal = file.sheets().stream().mapToLong(s -> s.rows().size()).sum();
    }

    static ImportPlan build(SpreadsheetFile file, ImportMapping mapping, Progress progress) {
        return new PlanBuilder(file, mapping, progress).build();
    }

    private ImportPlan build() {
        String nameHeader = nameHeader();
        for (Sheet sheet : file.sheets()) {
            if (sheet.rows().stream().allMatch(SheetRow::blank)) {
                continue;
            }
            Optional<SheetRow> header = headerRow(sheet, nameHeader);
            if (header.isEmpty()) {
                problem(sheet.name(), "A1", "import.problem.noNameColumn");
                continue;
            }
            if (mapping.layout() == Layout.MATRIX) {
                matrix(sheet, header.get());
            } else {
                list(sheet, header.get());
            }
        }
        List<PlannedMeeting> planned = meetings.values().stream().map(MeetingDraft::planned).toList();
        return new ImportPlan(file, mapping, planned, List.copyOf(problems), problemCount);
    }

    /** The first sheet's name header, found again on later sheets (their tables may start on another row). */
    private String nameHeader() {
        int column = mapping.column(ColumnRole.NAME);
        if (column < 0 || file.sheets().isEmpty() || mapping.headerRow() > file.sheets().get(0).rows().size()) {
            return null;
        }
        return Headers.clean(file.sheets().get(0).rows().get(mapping.headerRow() - 1).text(column));
    }

    private Optional<SheetRow> headerRow(Sheet sheet, String nameHeader) {
        int column = mapping.column(ColumnRole.NAME);
        if (column < 0 || nameHeader == null) {
            return Optional.empty();
        }
        if (sheet == file.sheets().get(0)) {
            return Optional.of(sheet.rows().get(mapping.headerRow() - 1));
        }
        return sheet.rows().stream().limit(30).filter(r -> !nameHeader.isEmpty() && Headers.clean(r.text(column)).equals(nameHeader))
                .findFirst();
    }

    private void list(Sheet sheet, SheetRow header) {
        int name = mapping.column(ColumnRole.NAME);
        int presence = mapping.column(ColumnRole.PRESENCE);
        int signature = mapping.column(ColumnRole.SIGNATURE);
        int dateColumn = mapping.column(ColumnRole.DATE);
        LocalDate sheetDate = null;
        if (dateColumn < 0) {
            sheetDate = dateAbove(sheet, header).orElse(null);
            if (sheetDate == null) {
                problem(sheet.name(), "A1", "import.problem.noDate");
                return;
            }
        }
        LocalTime[] times = timesAbove(sheet, header);
        for (SheetRow row : peopleBelow(sheet, header, name)) {
            LocalDate date = sheetDate;
            if (dateColumn >= 0) {
                date = date(row, dateColumn).orElse(null);
                if (date == null) {
                    problem(sheet.name(), row.address(dateColumn), "import.problem.date", row.text(dateColumn));
                    continue;
                }
            }
            AttendanceStatus status;
            if (presence >= 0) {
                String cell = row.text(presence);
                Optional<AttendanceStatus> parsed = cell.isBlank() ? Optional.of(AttendanceStatus.ABSENT) : PresenceCodes.parse(cell);
                if (parsed.isEmpty()) {
                    problem(sheet.name(), row.address(presence), "import.problem.presence", cell);
                    continue;
                }
                status = parsed.get();
            } else if (signature >= 0) {
                status = row.text(signature).isBlank() ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
            } else {
                // A list of names only: the ones written down came.
                status = AttendanceStatus.PRESENT;
            }
            add(sheet, row, date, times, status, name);
        }
    }

    private void matrix(Sheet sheet, SheetRow header) {
        int name = mapping.column(ColumnRole.NAME);
        Map<Integer, LocalDate> dateColumns = new TreeMap<>();
        for (int c = 0; c < header.width(); c++) {
            String text = header.text(c);
            if (mapping.columns().containsKey(c) || text.isBlank() || Headers.isTotal(text)) {
                continue;
            }
            Optional<LocalDate> date = date(header, c);
            if (date.isPresent()) {
                dateColumns.put(c, date.get());
            } else if (text.matches(".*\\d.*")) {
                problem(sheet.name(), header.address(c), "import.problem.date", text);
            }
        }
        if (dateColumns.isEmpty()) {
            problem(sheet.name(), header.address(Math.max(name, 0)), "import.problem.noDates");
            return;
        }
        LocalTime[] times = timesAbove(sheet, header);
        for (SheetRow row : peopleBelow(sheet, header, name)) {
            for (var column : dateColumns.entrySet()) {
                String cell = row.text(column.getKey());
                if (cell.isBlank()) {
                    continue;
                }
                Optional<AttendanceStatus> status = PresenceCodes.parse(cell);
                if (status.isEmpty()) {
                    problem(sheet.name(), row.address(column.getKey()), "import.problem.presence", cell);
                } else {
                    add(sheet, row, column.getValue(), times, status.get(), name);
                }
            }
        }
    }

    /**
     * The rows under the header that name a person: blank rows and a totals row ("Totaal aanwezig") left out.
     * Reports progress every thousand rows and stops here when asked.
     */
    private List<SheetRow> peopleBelow(Sheet sheet, SheetRow header, int nameColumn) {
        List<SheetRow> people = new ArrayList<>();
        rowsDone += header.number();
        for (SheetRow row : sheet.rows().subList(header.number(), sheet.rows().size())) {
            if (++rowsDone % 1000 == 0) {
                progress.update(rowsDone, rowsTotal);
                progress.checkCancelled();
            }
            String person = row.text(nameColumn);
            if (!person.isBlank() && !Headers.isTotal(person)) {
                people.add(row);
            }
        }
        return people;
    }

    private void add(Sheet sheet, SheetRow row, LocalDate date, LocalTime[] times, AttendanceStatus status, int nameColumn) {
        MeetingDraft meeting = meetings.computeIfAbsent(date, d -> new MeetingDraft(sheet.name(), d, times));
        String name = row.text(nameColumn).replaceAll("\\s+", " ");
        if (!meeting.names.add(NameKey.of(name))) {
            problem(sheet.name(), row.address(nameColumn), "import.problem.twice", name, date.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")));
            return;
        }
        meeting.lines.add(new PlannedLine(name, row.text(mapping.column(ColumnRole.ORGANIZATION)),
                row.text(mapping.column(ColumnRole.FUNCTION)), status, sheet.name(), row.address(nameColumn)));
    }

    private Optional<LocalDate> date(SheetRow row, int column) {
        LocalDate stored = row.date(column);
        return stored != null ? Optional.of(stored) : DutchDates.parse(row.text(column), mapping.dateOrder());
    }

    /** The meeting's date in the free rows above the table (a title, "Datum: 14-3-2019"), else in the sheet's name. */
    private Optional<LocalDate> dateAbove(Sheet sheet, SheetRow header) {
        for (SheetRow row : sheet.rows().subList(0, header.number() - 1)) {
            for (int c = 0; c < row.width(); c++) {
                Optional<LocalDate> date = date(row, c);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return DutchDates.parse(sheet.name(), mapping.dateOrder());
    }

    private LocalTime[] timesAbove(Sheet sheet, SheetRow header) {
        for (SheetRow row : sheet.rows().subList(0, header.number() - 1)) {
            for (int c = 0; c < row.width(); c++) {
                Optional<LocalTime[]> times = DutchDates.times(row.text(c));
                if (times.isPresent()) {
                    return times.get();
                }
            }
        }
        return null;
    }

    private void problem(String sheet, String address, String key, Object... args) {
        problemCount++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(new CellProblem(sheet, address, key, List.of(args)));
        }
    }

    private final class MeetingDraft {
        final String sheet;
        final LocalDate date;
        final LocalTime[] times;
        final Set<String> names = new HashSet<>();
        final List<PlannedLine> lines = new ArrayList<>();

        MeetingDraft(String sheet, LocalDate date, LocalTime[] times) {
            this.sheet = sheet;
            this.date = date;
            this.times = times;
        }

        PlannedMeeting planned() {
            boolean fromFile = times != null;
            return new PlannedMeeting(sheet, date, fromFile ? times[0] : mapping.start(), fromFile ? times[1] : mapping.end(),
                    fromFile, List.copyOf(lines));
        }
    }
}
