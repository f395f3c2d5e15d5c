package nl.werkbank.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick reader of exchange time stamps gives what Instant.parse gives, and refuses what it refuses. */
class IsoInstantTest {

    @Test
    void readsEveryInstantAsInstantParseDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("2999-12-31T23:59:59Z").getEpochSecond());
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(seconds, nanos).toString();
            assertThat(IsoInstant.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
        for (String text : new String[] {"2026-12-06T05:01:02Z", "2026-12-06T05:01:02.5Z", "2024-02-29T23:59:59.999999999Z",
            "1970-01-01T00:00:00Z", "2026-12-06T05:01:02+01:00", "2026-12-06T05:01:02.123z", "2026-12-31T23:59:60Z",
            "+12026-12-06T05:01:02Z", "2026-12-06T24:00:00Z", "2026-12-06T05:01:02.Z"}) {
            assertThat(IsoInstant.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void refusesWhatInstantParseRefuses() {
        for (String text : new String[] {"2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-12-06T05:61:02Z", "2026-12-06T05:01:02.1234567891Z", "2026-12-06 05:01:02Z",
            "2026-12-06T05:01:0xZ", "2026-12-06", "", "gisteren"}) {
            assertThatThrownBy(() -> Instant.parse(text)).as("Instant.parse " + text).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> IsoInstant.parse(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }
}
