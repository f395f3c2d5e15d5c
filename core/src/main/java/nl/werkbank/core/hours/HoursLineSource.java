package nl.werkbank.core.hours;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines behind an overview, for writing them out: all of them in report order, or one row's. An overview on
 * screen holds its lines ({@link #of}); the workbook of a long period walks them from the database instead
 * ({@link HoursService#streamed}), so it is written in a small heap.
 */
public interface HoursLineSource {

    /** What is done with each line; may write to a file. */
    interface LineWork {
        void accept(HoursLine line) throws IOException;
    }

    /** Every line, in report order (date, werkteam, meeting, person). */
    void forEach(LineWork work) throws IOException;

    /** The lines whose hours make up {@code row}, in report order. */
    List<HoursLine> of(OrganizationHours row);

    /** The lines an overview holds. */
    static HoursLineSource of(HoursOverview overview) {
        return new HoursLineSource() {
            @Override
            public void forEach(LineWork work) throws IOException {
                for (HoursLine line : overview.lines()) {
                    work.accept(line);
                }
            }

            /** An organisation's lines by (partner that day, organisation): grouped in one pass, not one per partner sheet. */
            private Map<List<Object>, List<HoursLine>> byOrganization;

            @Override
            public List<HoursLine> of(OrganizationHours row) {
                if (row.kind() != OrganizationHours.Kind.ORGANIZATION) {
                    return HoursService.linesOf(overview, row);
                }
                if (byOrganization == null) {
                    byOrganization = new HashMap<>();
                    for (HoursLine line : overview.lines()) {
                        if (line.organizationId() != null) {
                            byOrganization.computeIfAbsent(List.of(line.partner(), line.organizationId()), k -> new ArrayList<>()).add(line);
                        }
                    }
                }
                return byOrganization.getOrDefault(List.of(row.partner(), row.organizationId()), List.of());
            }
        };
    }
}
