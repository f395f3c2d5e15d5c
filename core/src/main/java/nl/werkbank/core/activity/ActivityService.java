package nl.werkbank.core.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.activity.ActivityReport.CafeLine;
import nl.werkbank.core.activity.ActivityReport.CafeSection;
import nl.werkbank.core.activity.ActivityReport.LearningSection;
import nl.werkbank.core.activity.ActivityReport.PartnerLine;
import nl.werkbank.core.activity.ActivityReport.ProductLine;
import nl.werkbank.core.activity.ActivityReport.TeamSection;
import nl.werkbank.core.decisions.ActionService;
import nl.werkbank.core.decisions.DecisionService;
import nl.werkbank.core.hours.HoursService;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.hours.PartnerCommitments;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.learning.FollowUpStatus;
import nl.werkbank.core.learning.LearningForm;
import nl.werkbank.core.learning.LearningLevel;
import nl.werkbank.core.learning.LearningNoteService;
import nl.werkbank.core.learning.LearningRegisterRow;
import nl.werkbank.core.meetings.AttendanceService;
import nl.werkbank.core.meetings.MeetingRow;
import nl.werkbank.core.meetings.MeetingService;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.OrganizationVisitors;
import nl.werkbank.core.meetings.VisitorCategory;
import nl.werkbank.core.people.OrganizationService;
import nl.werkbank.core.people.PersonService;
import nl.werkbank.core.products.Product;
import nl.werkbank.core.products.ProductService;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.teams.TeamRow;
import nl.werkbank.core.teams.TeamService;

/**
 * Builds the activity report of a period in one read, from the features' own services: meetings, memberships,
 * decisions and actions per werkteam; kenniscafés; the leerregister; products; partners' commitments.
 */
public final class ActivityService {

    /** The services the report reads. */
    public record Sources(TeamService teams, MeetingService meetings, DecisionService decisions, ActionService actions,
                          LearningNoteService learning, ProductService products, PersonService people,
                          OrganizationService organizations, HoursService hours, AttendanceService attendance) {
    }

    private final Database db;
    private final Sources from;

    public ActivityService(Database db, Sources sources) {
        this.db = db;
        this.from = sources;
    }

    /** The facilitator's view of a team: attendance over its last {@code meetings} meetings up to today, and its make-up. */
    public TeamPresence teamPresence(UUID teamId, java.time.LocalDate today, int meetings) {
        return db.atomically(() -> new TeamPresenceReader(from).read(teamId, today, meetings));
    }

    public ActivityReport report(Period period) {
        return db.atomically(() -> {
            Map<UUID, String> teamNames = new HashMap<>();
            List<TeamRow> teams = from.teams().list();
            teams.forEach(row -> teamNames.put(row.team().id(), row.team().name()));
            List<TeamSection> sections = new ArrayList<>();
            TeamActivity activity = new TeamActivity(from, period);
            for (TeamRow row : teams) {
                activity.section(row.team()).ifPresent(sections::add);
            }
            sections.sort(Comparator.comparing(TeamSection::team, String.CASE_INSENSITIVE_ORDER));
            return new ActivityReport(period, sections, cafes(period, teamNames), learning(period), products(period, teamNames),
                    partners(period));
        });
    }

    /** Each partner of the period: committed hours (pro rata) beside delivered hours, as in the hours overview. */
    private List<PartnerLine> partners(Period period) {
        List<OrganizationHours> partners = from.hours().overview(period).partners();
        Map<UUID, PartnerCommitments.Commitment> commitments = new PartnerCommitments(from.organizations()).of(period, partners);
        return partners.stream().map(partner -> {
            PartnerCommitments.Commitment commitment = commitments.get(partner.organizationId());
            return new PartnerLine(partner.name(), commitment.themes(), commitment.hours(), partner.totalHours());
        }).toList();
    }

    private CafeSection cafes(Period period, Map<UUID, String> teamNames) {
        List<CafeLine> cafes = new ArrayList<>();
        Map<VisitorCategory, Integer> byCategory = new EnumMap<>(VisitorCategory.class);
        int total = 0;
        int organizationVisitors = 0;
        List<MeetingRow> meetings = from.meetings().list(null, period.from(), period.to()).stream()
                .filter(row -> row.meeting().type() == MeetingType.KNOWLEDGE_CAFE)
                .sorted(Comparator.comparing((MeetingRow row) -> row.meeting().date()).thenComparing(row -> row.meeting().start()))
                .toList();
        for (MeetingRow row : meetings) {
            Map<VisitorCategory, Integer> visitors = new EnumMap<>(VisitorCategory.class);
            visitors.putAll(from.meetings().visitors(row.meeting().id()));
            visitors.values().removeIf(count -> count == 0);
            int named = from.meetings().organizationVisitors(row.meeting().id()).stream()
                    .mapToInt(OrganizationVisitors::visitors).sum();
            int cafeTotal = visitors.values().stream().mapToInt(Integer::intValue).sum() + named;
            visitors.forEach((category, count) -> byCategory.merge(category, count, Integer::sum));
            organizationVisitors += named;
            total += cafeTotal;
            cafes.add(new CafeLine(row.meeting().date(), row.meeting().title(), teamNames.get(row.meeting().organizerTeamId()),
                    row.meeting().mode(), row.meeting().form(), row.meeting().registrations(), visitors, named, cafeTotal));
        }
        BigDecimal average = cafes.isEmpty() ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(cafes.size()), 1, RoundingMode.HALF_UP);
        return new CafeSection(cafes, byCategory, organizationVisitors, total, average);
    }

    private LearningSection learning(Period period) {
        List<LearningRegisterRow> notes = from.learning().register(period.from(), period.to());
        Map<LearningLevel, Integer> byLevel = new EnumMap<>(LearningLevel.class);
        Map<LearningForm, Integer> byForm = new EnumMap<>(LearningForm.class);
        Map<FollowUpStatus, Integer> byFollowUp = new EnumMap<>(FollowUpStatus.class);
        for (LearningRegisterRow row : notes) {
            byLevel.merge(row.note().level(), 1, Integer::sum);
            byForm.merge(row.note().form(), 1, Integer::sum);
            byFollowUp.merge(row.followUp().status(), 1, Integer::sum);
        }
        return new LearningSection(notes, byLevel, byForm, byFollowUp);
    }

    private List<ProductLine> products(Period period, Map<UUID, String> teamNames) {
        Map<UUID, String> authorNames = new HashMap<>();
        List<ProductLine> lines = new ArrayList<>();
        for (Product product : from.products().between(period.from(), period.to())) {
            List<String> authors = product.authorIds().stream()
                    .map(id -> authorNames.computeIfAbsent(id, key -> from.people().get(key).name())).toList();
            lines.add(new ProductLine(product, product.teamIds().stream().map(teamNames::get).toList(), authors));
        }
        return lines;
    }
}
