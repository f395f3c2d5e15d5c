package nl.werkbank.core.activity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.werkbank.core.activity.ActivityReport.CafeLine;
import nl.werkbank.core.activity.ActivityReport.MeetingLine;
import nl.werkbank.core.activity.ActivityReport.PartnerLine;
import nl.werkbank.core.activity.ActivityReport.ProductLine;
import nl.werkbank.core.activity.ActivityReport.TeamSection;
import nl.werkbank.core.learning.FollowUpStatus;
import nl.werkbank.core.learning.LearningForm;
import nl.werkbank.core.learning.LearningLevel;
import nl.werkbank.core.learning.LearningRegisterRow;
import nl.werkbank.core.meetings.VisitorCategory;
import nl.werkbank.core.report.ReportLabels;

/**
 * The report's tables, written once and laid out twice: as tables in the .docx and as sheets in the .xlsx annex, so
 * both hold the same figures. A cell is a String, a whole number (Long), hours (BigDecimal) or a date.
 */
public final class ActivityTables {

    /** A table: its key (sheet name and heading come from the labels), column headers, rows and an optional total row. */
    public record Table(String key, List<String> headers, int[] widths, List<List<Object>> rows, List<Object> total) {
    }

    private final ActivityReport report;
    private final ReportLabels labels;

    public ActivityTables(ActivityReport report, ReportLabels labels) {
        this.report = report;
        this.labels = labels;
    }

    public List<Table> all() {
        return List.of(teams(), meetings(), cafes(), cafeVisitors(), learningCounts(), learningRegister(), products(), partners());
    }

    public Table teams() {
        List<List<Object>> rows = new ArrayList<>();
        for (TeamSection team : report.teams()) {
            rows.add(List.of(team.team(), (long) team.meetings().size(), team.presentTotal(), (long) team.membersAtStart(),
                    (long) team.membersAtEnd(), (long) team.joined().size(), (long) team.left().size(),
                    (long) team.handOvers().size(), (long) team.decisionsTaken(), (long) team.actionsDone(),
                    (long) team.actionsOpen()));
        }
        return table("activity.table.teams", columns("team", "meetings", "present", "membersStart", "membersEnd", "joined",
                "left", "handOvers", "decisions", "actionsDone", "actionsOpen"), new int[] {30, 13, 12, 12, 12, 10, 11, 14, 12, 12, 12},
                rows, null);
    }

    public Table meetings() {
        List<List<Object>> rows = new ArrayList<>();
        for (TeamSection team : report.teams()) {
            for (MeetingLine meeting : team.meetings()) {
                rows.add(List.of(team.team(), meeting.date(), labels.get("meetingType." + meeting.type().name()),
                        labels.get("meetingMode." + meeting.mode().name()), text(meeting.title()), meeting.present()));
            }
        }
        return table("activity.table.meetings", columns("team", "date", "type", "mode", "title", "present"),
                new int[] {28, 15, 24, 12, 34, 11}, rows, null);
    }

    public Table cafes() {
        List<List<Object>> rows = new ArrayList<>();
        long registrations = 0;
        for (CafeLine cafe : report.cafes().cafes()) {
            rows.add(List.of(cafe.date(), text(cafe.title()), text(cafe.organizer()), labels.get("meetingMode." + cafe.mode().name()),
                    text(cafe.form()), cafe.registrations() == null ? "" : (Object) (long) cafe.registrations(), (long) cafe.total()));
            registrations += cafe.registrations() == null ? 0 : cafe.registrations();
        }
        List<Object> total = List.of(labels.get("report.total"), "", "", "", "", registrations, (long) report.cafes().visitors());
        return table("activity.table.cafes", columns("date", "title", "organizer", "mode", "form", "registrations", "visitors"),
                new int[] {13, 36, 22, 10, 19, 14, 11}, rows, rows.isEmpty() ? null : total);
    }

    /** The visitors of each kenniscafé by category (the headcount's groups). */
    public Table cafeVisitors() {
        List<List<Object>> rows = new ArrayList<>();
        for (CafeLine cafe : report.cafes().cafes()) {
            List<Object> row = new ArrayList<>(List.of(cafe.date()));
            for (VisitorCategory category : VisitorCategory.values()) {
                row.add((long) cafe.visitors().getOrDefault(category, 0));
            }
            row.add((long) cafe.organizationVisitors());
            row.add((long) cafe.total());
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(columns("date"));
        for (VisitorCategory category : VisitorCategory.values()) {
            headers.add(labels.get("visitorCategory." + category.name()));
        }
        headers.add(labels.get("activity.col.organizationVisitors"));
        headers.add(labels.get("activity.col.visitors"));
        List<Object> total = new ArrayList<>(List.of(labels.get("report.total")));
        for (VisitorCategory category : VisitorCategory.values()) {
            total.add((long) report.cafes().visitorsByCategory().getOrDefault(category, 0));
        }
        total.add((long) report.cafes().organizationVisitors());
        total.add((long) report.cafes().visitors());
        return table("activity.table.cafeVisitors", headers, new int[] {13, 11, 11, 14, 14, 10, 15, 11}, rows,
                rows.isEmpty() ? null : total);
    }

    public Table learningCounts() {
        List<List<Object>> rows = new ArrayList<>();
        counts(rows, "activity.col.level", "learningLevel.", report.learning().byLevel(), LearningLevel.values());
        counts(rows, "activity.col.learningForm", "learningForm.", report.learning().byForm(), LearningForm.values());
        counts(rows, "activity.col.followUp", "followUpStatus.", report.learning().byFollowUp(), FollowUpStatus.values());
        return table("activity.table.learningCounts", columns("grouping", "value", "count"), new int[] {20, 24, 10}, rows, null);
    }

    private <E extends Enum<E>> void counts(List<List<Object>> rows, String groupKey, String prefix, Map<E, Integer> counts,
                                            E[] values) {
        for (E value : values) {
            rows.add(List.of(labels.get(groupKey), labels.get(prefix + value.name()), (long) counts.getOrDefault(value, 0)));
        }
    }

    public Table learningRegister() {
        List<List<Object>> rows = new ArrayList<>();
        for (LearningRegisterRow row : report.learning().notes()) {
            rows.add(Arrays.asList(row.meetingDate(), text(row.teamName()), labels.get("learningLevel." + row.note().level().name()),
                    labels.get("learningForm." + row.note().form().name()), text(row.organizationName()), row.note().text(),
                    labels.get("followUpStatus." + row.followUp().status().name()),
                    row.followUp().date() == null ? "" : row.followUp().date(), text(row.followUp().note())));
        }
        return table("activity.table.learning", columns("date", "team", "level", "learningForm", "organization", "note",
                "followUp", "followUpDate", "followUpNote"), new int[] {13, 20, 12, 15, 18, 38, 13, 12, 27}, rows, null);
    }

    public Table products() {
        List<List<Object>> rows = new ArrayList<>();
        for (ProductLine line : report.products()) {
            rows.add(List.of(line.product().date(), labels.get("productType." + line.product().type().name()),
                    line.product().title(), String.join(", ", line.teams()), String.join(", ", line.authors()),
                    text(line.product().link())));
        }
        return table("activity.table.products", columns("date", "productType", "title", "teams", "authors", "link"),
                new int[] {13, 18, 38, 26, 28, 30}, rows, null);
    }

    public Table partners() {
        List<List<Object>> rows = new ArrayList<>();
        for (PartnerLine partner : report.partners()) {
            rows.add(List.of(partner.organization(), text(partner.themes()), partner.committed() == null ? "" : partner.committed(),
                    partner.delivered(), partner.committed() == null ? "" : partner.delivered().subtract(partner.committed())));
        }
        return table("activity.table.partners", columns("organization", "themes", "committed", "delivered", "difference"),
                new int[] {34, 34, 16, 16, 14}, rows, null);
    }

    /** The headers of the given activity.col.* keys. */
    private List<String> columns(String... keys) {
        return Arrays.stream(keys).map(key -> labels.get("activity.col." + key)).toList();
    }

    private static Table table(String key, List<String> headers, int[] widths, List<List<Object>> rows, List<Object> total) {
        return new Table(key, headers, widths, rows, total);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
