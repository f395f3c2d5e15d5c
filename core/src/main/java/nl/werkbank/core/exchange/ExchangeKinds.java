package nl.werkbank.core.exchange;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkbank.core.decisions.ActionStatus;
import nl.werkbank.core.decisions.ConditionAnswer;
import nl.werkbank.core.decisions.DecisionStatus;
import nl.werkbank.core.decisions.Support;
import nl.werkbank.core.decisions.Valence;
import nl.werkbank.core.decisions.VoteChoice;
import nl.werkbank.core.learning.LearningForm;
import nl.werkbank.core.learning.LearningLevel;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.VisitorCategory;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.PartnershipRole;
import nl.werkbank.core.teams.MembershipRole;

/**
 * The kinds of records that travel between laptops, parents before children so an import can insert them in
 * this order. Columns, types and references come from the schema itself, so a new column travels without
 * code to keep up to date. Settings, hourly rates and issued statements stay on the coordinator's laptop.
 */
final class ExchangeKinds {

    static final List<String> ORDER = List.of("organization", "partnership", "person", "affiliation", "team", "membership",
            "venue", "meeting", "agenda_item", "attendance", "visitor_count", "check_in", "check_out", "learning_note",
            "cash_contribution", "decision", "decision_session", "decision_perspective", "decision_alternative",
            "decision_vote", "decision_ballot", "minority_condition", "action_item", "action_owner");

    /** Coded columns: the file may only hold the values the application knows. */
    private static final Map<String, Class<? extends Enum<?>>> CODES = Map.ofEntries(
            Map.entry("organization.type", OrganizationType.class), Map.entry("partnership.role", PartnershipRole.class),
            Map.entry("membership.role", MembershipRole.class), Map.entry("meeting.type", MeetingType.class),
            Map.entry("meeting.mode", MeetingMode.class), Map.entry("attendance.role", MembershipRole.class),
            Map.entry("attendance.status", AttendanceStatus.class), Map.entry("visitor_count.category", VisitorCategory.class),
            Map.entry("learning_note.level", LearningLevel.class), Map.entry("learning_note.form", LearningForm.class),
            Map.entry("decision.support", Support.class), Map.entry("decision.status", DecisionStatus.class),
            Map.entry("decision_perspective.valence", Valence.class), Map.entry("decision_ballot.choice", VoteChoice.class),
            Map.entry("minority_condition.answer", ConditionAnswer.class), Map.entry("action_item.status", ActionStatus.class));

    /** Bookkeeping column on every exchanged table (V5__exchange.sql); it does not travel. */
    static final String EXCHANGED_AT = "exchanged_at";

    private ExchangeKinds() {
    }

    private static List<String> allowed(String kind, String column) {
        Class<? extends Enum<?>> codes = CODES.get(kind + "." + column);
        return codes == null ? List.of() : java.util.Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
    }

    static Map<String, Kind> load(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (String name : ORDER) {
            String table = name.toUpperCase(Locale.ROOT);
            Map<String, String> references = new LinkedHashMap<>();
            try (ResultSet keys = meta.getImportedKeys(null, "PUBLIC", table)) {
                while (keys.next()) {
                    references.put(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                            keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            List<Column> columns = new ArrayList<>();
            try (ResultSet rows = meta.getColumns(null, "PUBLIC", table, null)) {
                while (rows.next()) {
                    String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    if (column.equals(EXCHANGED_AT)) {
                        continue;
                    }
                    boolean required = rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls;
                    columns.add(new Column(column, ValueType.of(rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME")), required,
                            references.get(column), rows.getInt("COLUMN_SIZE"), allowed(name, column), rows.getInt("DECIMAL_DIGITS"),
                            rows.getInt("DATA_TYPE")));
                }
            }
            kinds.put(name, Kind.of(name, columns, uniqueKeys(meta, table, columns)));
        }
        return kinds;
    }

    private static List<List<Integer>> uniqueKeys(DatabaseMetaData meta, String table, List<Column> columns) throws SQLException {
        Map<String, List<Integer>> byIndex = new LinkedHashMap<>();
        try (ResultSet index = meta.getIndexInfo(null, "PUBLIC", table, true, false)) {
            while (index.next()) {
                String column = index.getString("COLUMN_NAME");
                String indexName = index.getString("INDEX_NAME");
                if (column == null || indexName.startsWith("PRIMARY_KEY")) {
                    continue;
                }
                String lower = column.toLowerCase(Locale.ROOT);
                int position = -1;
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i).name().equals(lower)) {
                        position = i;
                    }
                }
                byIndex.computeIfAbsent(indexName, k -> new ArrayList<>()).add(position);
            }
        }
        return byIndex.values().stream().filter(key -> !key.equals(List.of(0))).map(List::copyOf).toList();
    }
}
