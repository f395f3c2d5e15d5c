package nl.werkbank.core.hours;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import nl.werkbank.core.common.DateRange;
import nl.werkbank.core.meetings.VisitorCategory;

/**
 * The hour rules applied to a period's attendance lines and visitor counts, giving {@link HoursLine}s: all at once
 * in report order, or one at a time from the database (a day's lines held at most), or one organisation's. Meant for
 * one transaction: the visitor counts (a few per public meeting) are read once and kept.
 */
final class HoursLines implements HoursLineSource {

    /** The order the reports list lines in: date, werkteam, meeting, person, then visitors. */
    static final Comparator<HoursLine> REPORT_ORDER = Comparator.comparing(HoursLine::date)
            .thenComparing(l -> Objects.toString(l.teamName(), "")).thenComparing(l -> Objects.toString(l.meetingTitle(), ""))
            .thenComparing(l -> l.meetingId().toString()).thenComparing(l -> l.personName() == null ? "\uffff" : l.personName())
            .thenComparing(l -> l.visitorCategory() == null ? 0 : l.visitorCategory().ordinal())
            .thenComparing(l -> Objects.toString(l.organizationName(), ""));

    private final HoursRepository repository;
    private final HourRules rules;
    private final Map<UUID, List<DateRange>> partnerships;
    private final Period period;
    private List<HoursLine> visitors;

    HoursLines(HoursRepository repository, HourRules rules, Map<UUID, List<DateRange>> partnerships, Period period) {
        this.repository = repository;
        this.rules = rules;
        this.partnerships = partnerships;
        this.period = period;
    }

    /** Every line, held, in report order. */
    List<HoursLine> all() {
        List<HoursLine> lines = new ArrayList<>();
        each(lines::add);
        lines.sort(REPORT_ORDER);
        return lines;
    }

    /** Every line once, in no particular order, none held. */
    void each(java.util.function.Consumer<HoursLine> work) {
        repository.attendance(period, null, false, row -> work.accept(line(row)));
        visitors().forEach(work);
    }

    /** Every line in report order, holding one day's lines at a time (the query is ordered by date). */
    @Override
    public void forEach(LineWork work) throws IOException {
        TreeMap<LocalDate, List<HoursLine>> visitorsByDate = new TreeMap<>();
        visitors().forEach(l -> visitorsByDate.computeIfAbsent(l.date(), d -> new ArrayList<>()).add(l));
        List<HoursLine> day = new ArrayList<>();
        try {
            repository.attendance(period, null, true, row -> {
                HoursLine line = line(row);
                if (!day.isEmpty() && !day.get(0).date().equals(line.date())) {
                    flush(day, visitorsByDate, work);
                }
                day.add(line);
            });
            flush(day, visitorsByDate, work);
            for (List<HoursLine> rest : visitorsByDate.values()) {
                emitSorted(rest, work);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes the day's lines with its visitors, after the visitors of the days before it that had no attendance. */
    private static void flush(List<HoursLine> day, TreeMap<LocalDate, List<HoursLine>> visitorsByDate, LineWork work) {
        if (day.isEmpty()) {
            return;
        }
        LocalDate date = day.get(0).date();
        for (Iterator<Map.Entry<LocalDate, List<HoursLine>>> it = visitorsByDate.headMap(date, true).entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<LocalDate, List<HoursLine>> earlier = it.next();
            if (earlier.getKey().equals(date)) {
                day.addAll(earlier.getValue());
            } else {
                emitSorted(earlier.getValue(), work);
            }
            it.remove();
        }
        emitSorted(day, work);
        day.clear();
    }

    private static void emitSorted(List<HoursLine> lines, LineWork work) {
        lines.sort(REPORT_ORDER);
        try {
            for (HoursLine line : lines) {
                work.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines that make up {@code row}, in report order: one query on the organisation's lines for its own rows. */
    @Override
    public List<HoursLine> of(OrganizationHours row) {
        Predicate<HoursLine> belongs = HoursService.belongsTo(row);
        List<HoursLine> lines = new ArrayList<>();
        if (row.kind() == OrganizationHours.Kind.ORGANIZATION) {
            repository.attendance(period, row.organizationId(), false, r -> {
                HoursLine line = line(r);
                if (belongs.test(line)) {
                    lines.add(line);
                }
            });
            visitors().stream().filter(belongs).forEach(lines::add);
        } else {
            each(line -> {
                if (belongs.test(line)) {
                    lines.add(line);
                }
            });
        }
        lines.sort(REPORT_ORDER);
        return lines;
    }

    private HoursLine line(HoursRepository.AttendanceRow row) {
        boolean counts = row.status().counts();
        long minutes = Duration.between(row.start(), row.end()).toMinutes() - row.lateMinutes() - row.earlyMinutes();
        return new HoursLine(row.id(), row.meetingId(), row.date(), row.teamName(), row.title(), row.type(),
                row.personId(), row.personName(), row.organizationId(), row.organizationName(), row.status(), null, 0,
                HoursService.partnerOn(partnerships, row.organizationId(), row.date()),
                counts ? HoursService.hours(Math.max(0, minutes)) : HoursService.ZERO,
                counts ? row.preparationHours().setScale(2) : HoursService.ZERO,
                counts && rules.travelIncluded() ? row.travelHours().setScale(2) : HoursService.ZERO);
    }

    /** Anonymous headcounts and visitors counted under an organisation: a few per public meeting. */
    private List<HoursLine> visitors() {
        if (visitors == null) {
            visitors = readVisitors();
        }
        return visitors;
    }

    private List<HoursLine> readVisitors() {
        List<HoursLine> lines = new ArrayList<>();
        for (HoursRepository.HeadcountRow row : repository.headcounts(period)) {
            long minutes = Duration.between(row.start(), row.end()).toMinutes();
            lines.add(new HoursLine(null, row.meetingId(), row.date(), row.teamName(), row.title(), row.type(), null, null,
                    null, null, null, row.category(), row.visitors(), false,
                    HoursService.hours(minutes).multiply(BigDecimal.valueOf(row.visitors())), HoursService.ZERO, HoursService.ZERO));
        }
        for (HoursRepository.OrganizationVisitorsRow row : repository.organizationVisitors(period)) {
            long minutes = Duration.between(row.start(), row.end()).toMinutes();
            lines.add(new HoursLine(null, row.meetingId(), row.date(), row.teamName(), row.title(), row.type(), null, null,
                    row.organizationId(), row.organizationName(), null, VisitorCategory.PROFESSIONAL, row.visitors(),
                    HoursService.partnerOn(partnerships, row.organizationId(), row.date()),
                    HoursService.hours(minutes).multiply(BigDecimal.valueOf(row.visitors())), HoursService.ZERO, HoursService.ZERO));
        }
        return List.copyOf(lines);
    }
}
