package nl.werkbank.core.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import nl.werkbank.core.Werkbank;

/** Opens a real Werkbank database in a temp folder with a fixed clock (25 Nov 2026, 10:00). */
public final class TestWerkbank {

    public static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    private TestWerkbank() {
    }

    public static Werkbank open(Path folder) {
        return Werkbank.open(folder, Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam")));
    }
}
