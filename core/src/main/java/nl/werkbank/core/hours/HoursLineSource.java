package nl.werkbank.core.hours;

import java.io.IOException;
import java.util.List;

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

            @Override
            public List<HoursLine> of(OrganizationHours row) {
                return HoursService.linesOf(overview, row);
            }
        };
    }
}
