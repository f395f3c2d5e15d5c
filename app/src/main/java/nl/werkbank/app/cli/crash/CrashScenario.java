package nl.werkbank.app.cli.crash;

import java.util.ArrayList;
import java.util.List;

/**
 * One script the child runs, with the state each step leaves when it is done. A kill may leave any state
 * from the last acknowledged step up to the last one started, and nothing else. One step may be an import that
 * runs beside the steps after it ({@code beside}, -1 when none): its records are judged apart from the edits.
 */
record CrashScenario(String name, CrashState start, List<String> steps, List<CrashState> states, int beside, boolean emptyFolder,
                    boolean encrypted) {

    /** Builds a script step by step from the state it starts on. */
    static final class Builder {
        private final String name;
        private final List<String> steps = new ArrayList<>();
        private final List<CrashState> states = new ArrayList<>();
        private final CrashState start;
        private CrashState state;
        private int beside = -1;
        private boolean emptyFolder;
        private boolean encrypted;

        Builder(String name, CrashState start) {
            this.name = name;
            this.start = start;
            this.state = start;
        }

        Builder idle(long millis) {
            return step("idle:" + millis, state);
        }

        Builder edits(String prefix, int count) {
            for (int i = 1; i <= count; i++) {
                String value = prefix + "-" + i;
                step("edit:" + value, state.withTheme(value));
            }
            return this;
        }

        /** A step whose result was measured once beforehand (an import, a demo load). */
        Builder step(String step, CrashState after) {
            steps.add(step);
            states.add(after);
            state = after;
            return this;
        }

        /**
         * An import started in the background, as the window's job does, while the next steps edit on: its state
         * holds the records after the import; the edits after it keep the records from before.
         */
        Builder besideImport(String file, CrashState afterImport) {
            beside = steps.size();
            steps.add("beside-import:" + file);
            states.add(afterImport);
            return this;
        }

        /** Starts in a data folder without a database, not on the baseline. */
        Builder emptyFolder() {
            emptyFolder = true;
            return this;
        }

        /** Starts on the baseline encrypted with {@link CrashChild#PASSPHRASE}, as a laptop with a passphrase is. */
        Builder encrypted() {
            encrypted = true;
            return this;
        }

        CrashScenario build() {
            return new CrashScenario(name, start, List.copyOf(steps), List.copyOf(states), beside, emptyFolder, encrypted);
        }
    }
}
