package nl.werkbank.core.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real time to the microsecond (what both H2 and PostgreSQL keep), moved by {@code offset} like a laptop whose clock
 * is off, and never the same instant twice, so every change has its own version.
 */
final class TickingClock extends Clock {

    private volatile Duration offset;
    private final AtomicReference<Instant> last = new AtomicReference<>(Instant.EPOCH);

    TickingClock(Duration offset) {
        this.offset = offset;
    }

    /** Sets the clock to another time from now on, as a user setting a wrong clock right (or the other way round). */
    void set(Duration newOffset) {
        offset = newOffset;
        last.set(Instant.EPOCH);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Europe/Amsterdam");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant now = Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
        return last.updateAndGet(before -> now.isAfter(before) ? now : before.plus(1, ChronoUnit.MICROS));
    }
}
