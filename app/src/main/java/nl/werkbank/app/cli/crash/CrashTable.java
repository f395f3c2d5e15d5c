package nl.werkbank.app.cli.crash;

import java.util.LinkedHashMap;
import java.util.Map;

/** Cycles per scenario and what the checks found, printed as a table. */
public final class CrashTable {

    /** One cycle: killed right after a "done" or at a random moment; acknowledged steps checked; the problem if any. */
    record Outcome(boolean afterDone, int acknowledged, String problem) {
        static Outcome passed(boolean afterDone, int acknowledged) {
            return new Outcome(afterDone, acknowledged, null);
        }

        static Outcome failed(boolean afterDone, int acknowledged, String problem) {
            return new Outcome(afterDone, acknowledged, problem);
        }

        boolean ok() {
            return problem == null;
        }
    }

    private static final class Row {
        int cycles;
        int afterDone;
        int random;
        int acknowledged;
        int lost;
        int partial;
        int unreadable;
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    void add(String scenario, Outcome outcome) {
        Row row = rows.computeIfAbsent(scenario, name -> new Row());
        row.cycles++;
        if (outcome.afterDone()) {
            row.afterDone++;
        } else {
            row.random++;
        }
        row.acknowledged += outcome.acknowledged();
        if (!outcome.ok()) {
            if (outcome.problem().startsWith("does not open")) {
                row.unreadable++;
            } else if (outcome.problem().startsWith("lost")) {
                row.lost++;
            } else {
                row.partial++;
            }
        }
    }

    /** Cycles whose folder did not open, lost an acknowledged step or held a partial state. */
    public int failures() {
        return rows.values().stream().mapToInt(row -> row.lost + row.partial + row.unreadable).sum();
    }

    public int cycles() {
        return rows.values().stream().mapToInt(row -> row.cycles).sum();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format("%-25s %7s %11s %7s %13s %5s %8s %8s%n", "scenario", "cycles",
                "after done", "random", "acknowledged", "lost", "partial", "damaged"));
        Row total = new Row();
        rows.forEach((name, row) -> {
            out.append(line(name, row));
            total.cycles += row.cycles;
            total.afterDone += row.afterDone;
            total.random += row.random;
            total.acknowledged += row.acknowledged;
            total.lost += row.lost;
            total.partial += row.partial;
            total.unreadable += row.unreadable;
        });
        return out.append(line("total", total)).toString();
    }

    private static String line(String name, Row row) {
        return String.format("%-25s %7d %11d %7d %13d %5d %8d %8d%n", name, row.cycles, row.afterDone, row.random,
                row.acknowledged, row.lost, row.partial, row.unreadable);
    }
}
