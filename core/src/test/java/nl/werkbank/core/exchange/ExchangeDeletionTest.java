package nl.werkbank.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Progress;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.storage.Sql;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that deletes meetings says, before importing, what goes with them here: attendance, check-ins, private ones. */
class ExchangeDeletionTest {

    @TempDir
    Path folder;

    @Test
    void thePreviewCountsWhatTheDeletionsTakeAlongAndChangesNothing() throws Exception {
        try (Werkbank origin = TestWerkbank.open(folder.resolve("origin"));
             Werkbank laptop = TestWerkbank.open(folder.resolve("laptop"))) {
            // The laptop's own meetings (private check-ins stay on it); the other side has them from its export.
            DemoWerkplaats.load(laptop, false);
            origin.exchange().apply(origin.exchange().read(laptop.exchange().export(folder.resolve("all.json"),
                    ExportOptions.everything()).file()));
            // Three meetings with check-ins, at least one of them private.
            List<UUID> meetings = laptop.database().transaction(c -> Sql.list(c, "SELECT m.id FROM meeting m"
                    + " WHERE EXISTS (SELECT 1 FROM check_in ci WHERE ci.meeting_id = m.id AND ci.private)"
                    + " ORDER BY m.meeting_date, m.id LIMIT 3", row -> Sql.uuid(row, "id")));
            assertThat(meetings).hasSize(3);
            long attendance = count(laptop, "SELECT COUNT(*) FROM attendance WHERE meeting_id IN (?, ?, ?)", meetings);
            long checkIns = count(laptop, "SELECT COUNT(*) FROM check_in WHERE meeting_id IN (?, ?, ?)", meetings);
            long privateCheckIns = count(laptop, "SELECT COUNT(*) FROM check_in WHERE private AND meeting_id IN (?, ?, ?)", meetings);
            assertThat(attendance).isPositive();
            assertThat(privateCheckIns).isPositive();

            meetings.forEach(origin.meetings()::delete);
            Path deleting = origin.exchange().export(folder.resolve("deleting.json"), ExportOptions.everything()).file();
            Map<String, Long> before = laptop.info().recordCounts();

            ImportResult preview = laptop.exchange().preview(laptop.exchange().read(deleting));
            assertThat(laptop.info().recordCounts()).isEqualTo(before);
            assertThat(preview.counts().get("meeting").deleted()).isEqualTo(3);
            assertThat(preview.removals().perKind()).containsEntry("meeting", 3L).containsEntry("attendance", attendance)
                    .containsEntry("check_in", checkIns);
            assertThat(preview.removals().privateCheckIns()).isEqualTo(privateCheckIns);

            // Without anyone to ask (the command line), the import stops inside its transaction and says what it would remove.
            assertThatThrownBy(() -> laptop.exchange().applyUnlessRemovals(laptop.exchange().read(deleting), Progress.NONE))
                    .isInstanceOfSatisfying(RemovalsNotAccepted.class,
                            refused -> assertThat(refused.wouldBe().removals()).isEqualTo(preview.removals()));
            assertThat(laptop.info().recordCounts()).isEqualTo(before);

            ImportResult applied = laptop.exchange().apply(laptop.exchange().read(deleting));
            assertThat(applied.removals()).isEqualTo(preview.removals());
            Map<String, Long> after = laptop.info().recordCounts();
            preview.removals().perKind().forEach((kind, removed) -> assertThat(after.get(kind)).as(kind).isEqualTo(before.get(kind) - removed));
        }
    }

    private static long count(Werkbank werkbank, String sql, List<UUID> ids) {
        return werkbank.database().transaction(c -> Sql.count(c, sql, ids.toArray()));
    }
}
