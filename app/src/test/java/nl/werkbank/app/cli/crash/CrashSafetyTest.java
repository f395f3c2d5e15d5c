package nl.werkbank.app.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Opgeslagen" and "klaar" are promises: a Werkbank process is killed with SIGKILL twenty times, right after it
 * reported a Thema edit, an import or a demo load as done or at a random moment, and every time the data
 * folder opens with everything acknowledged and no half import or demo. {@code bench --only crash} runs 200.
 */
class CrashSafetyTest {

    @TempDir
    Path work;

    @Test
    void nothingAcknowledgedIsLostWhenTheProgramIsKilled() throws Exception {
        CrashTable table = CrashCycles.prepare(work, 20261130L, System.out).run(20);
        System.out.println(table);
        assertThat(table.cycles()).isEqualTo(20);
        assertThat(table.failures()).as(table.toString()).isZero();
    }
}
