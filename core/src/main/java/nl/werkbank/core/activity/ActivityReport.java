package nl.werkbank.core.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.learning.FollowUpStatus;
import nl.werkbank.core.learning.LearningForm;
import nl.werkbank.core.learning.LearningLevel;
import nl.werkbank.core.learning.LearningRegisterRow;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.VisitorCategory;
import nl.werkbank.core.products.Product;

/**
 * The inhoudelijke verantwoording of a period: what each werkteam did, the kenniscafés, what was learnt and where it
 * landed, what was made, and what partners committed to against what they delivered. Every figure is counted from
 * the records (see {@link ActivityService}); nothing is typed in.
 */
public record ActivityReport(Period period, List<TeamSection> teams, CafeSection cafes, LearningSection learning,
                             List<ProductLine> products, List<PartnerLine> partners) {

    /** A werkteam's period: its meetings, its members then, and its decisions and actions. */
    public record TeamSection(String team, List<MeetingLine> meetings, int membersAtStart, int membersAtEnd,
                              List<String> joined, List<String> left, List<String> handOvers, int decisionsTaken,
                              int actionsDone, int actionsOpen) {

        /** Members counted as present over all its meetings. */
        public long presentTotal() {
            return meetings.stream().mapToLong(MeetingLine::present).sum();
        }
    }

    /** One meeting: when, what kind, how, and how many counted as present. */
    public record MeetingLine(LocalDate date, MeetingType type, MeetingMode mode, String title, long present) {
    }

    /** The kenniscafés of the period with their visitors, in total and per category. */
    public record CafeSection(List<CafeLine> cafes, Map<VisitorCategory, Integer> visitorsByCategory,
                              int organizationVisitors, int visitors, BigDecimal averageVisitors) {
    }

    /**
     * One kenniscafé: who organised it, how, how many registered and came: per category of the anonymous headcount,
     * plus those counted under an organisation; {@code total} is all of them.
     */
    public record CafeLine(LocalDate date, String title, String organizer, MeetingMode mode, String form,
                           Integer registrations, Map<VisitorCategory, Integer> visitors, int organizationVisitors, int total) {
    }

    /** The leerregister of the period and its counts per level, form and follow-up. */
    public record LearningSection(List<LearningRegisterRow> notes, Map<LearningLevel, Integer> byLevel,
                                  Map<LearningForm, Integer> byForm, Map<FollowUpStatus, Integer> byFollowUp) {
    }

    /** A product with the names of its werkteams and authors. */
    public record ProductLine(Product product, List<String> teams, List<String> authors) {
    }

    /**
     * A partner of the period: the in-kind hours it committed to (pro rata for the months its partner periods cover;
     * null when nothing was agreed), and the hours it delivered (as in the hours overview).
     */
    public record PartnerLine(String organization, String themes, BigDecimal committed, BigDecimal delivered) {
    }
}
