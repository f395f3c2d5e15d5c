package nl.werkbank.app.cli.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import nl.werkbank.core.storage.Cleanup;
import nl.werkbank.core.storage.Encryption;

/**
 * The crash test: runs {@link CrashChild} on a copy of the lost-edit data folder (the demo after a few days of
 * use), kills it with SIGKILL at a random moment or right after it reported a step as done, and checks that
 * the folder opens and holds a state the script could have reached: every acknowledged change kept, imports
 * and demo loads whole or absent.
 */
public final class CrashCycles {

    private final Path work;
    private final Random random;
    private final PrintStream log;
    private final List<CrashScenario> scenarios;
    private final CrashTable table = new CrashTable();

    private CrashCycles(Path work, long seed, PrintStream log, List<CrashScenario> scenarios) {
        this.work = work;
        this.random = new Random(seed);
        this.log = log;
        this.scenarios = scenarios;
    }

    /** Prepares the import files and the expected states in {@code work} (a few seconds). */
    public static CrashCycles prepare(Path work, long seed, PrintStream log) throws IOException {
        return new CrashCycles(work, seed, log, new CrashFixtures(work, CrashCycles::copyBaseline).scenarios());
    }

    /** Runs {@code cycles} kill cycles, going round the scenarios; returns the table of what was found. */
    public CrashTable run(int cycles) throws IOException, InterruptedException {
        for (int cycle = 0; cycle < cycles; cycle++) {
            CrashScenario scenario = scenarios.get(cycle % scenarios.size());
            boolean afterDone = cycle / scenarios.size() % 2 == 0;
            table.add(scenario.name(), runCycle(cycle, scenario, afterDone));
        }
        return table;
    }

    private CrashTable.Outcome runCycle(int cycle, CrashScenario scenario, boolean afterDone)
            throws IOException, InterruptedException {
        Path folder = work.resolve("cycle-" + cycle);
        if (scenario.emptyFolder()) {
            Files.createDirectories(folder);
        } else {
            copyBaseline(folder);
        }
        if (scenario.encrypted()) {
            Encryption.encrypt(folder, CrashChild.PASSPHRASE.toCharArray());
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), folder.toString(),
                Long.toString(random.nextLong())));
        command.addAll(scenario.steps());
        Process child = new ProcessBuilder(command).redirectError(folder.resolveSibling("cycle-" + cycle + ".err").toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = readLines(child.getInputStream(), lines);
        List<String> seen = new ArrayList<>();
        String when = afterDone ? killAfterDone(scenario, lines, seen) : killAtRandom(scenario, lines, seen);
        child.destroyForcibly();
        child.waitFor();
        reader.join(5_000);
        lines.drainTo(seen);
        CrashTable.Outcome outcome = check(folder, scenario, seen, when);
        if (!outcome.ok()) {
            log.printf("cycle %d (%s, %s): %s; child said %s; stderr %s%n", cycle, scenario.name(), when, outcome.problem(), seen,
                    Files.readString(folder.resolveSibling("cycle-" + cycle + ".err")).lines().limit(20).toList());
        } else {
            Cleanup.delete(folder);
            Cleanup.delete(folder.resolveSibling(folder.getFileName() + ".err"));
        }
        return outcome;
    }

    /** Waits for a random step's ACK, then kills 0–50 ms later (half the time) or up to 1.5 s later (post-commit work). */
    private String killAfterDone(CrashScenario scenario, BlockingQueue<String> lines, List<String> seen)
            throws InterruptedException {
        List<Integer> acknowledgeable = new ArrayList<>();
        for (int i = 0; i < scenario.steps().size(); i++) {
            if (!scenario.steps().get(i).startsWith("idle:")) {
                acknowledgeable.add(i);
            }
        }
        int step = acknowledgeable.get(random.nextInt(acknowledgeable.size()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            seen.add(line);
            if (line.equals("ACK " + step)) {
                long delay = random.nextBoolean() ? random.nextInt(51) : 50 + random.nextInt(1450);
                Thread.sleep(delay);
                return "after done +" + delay + " ms";
            }
            if (line.equals("DONE")) {
                break;
            }
        }
        return "after done (not seen)";
    }

    private String killAtRandom(CrashScenario scenario, BlockingQueue<String> lines, List<String> seen)
            throws InterruptedException {
        long delay = 300 + random.nextInt(scenario.steps().stream().anyMatch(s -> s.startsWith("idle:")) ? 9_000 : 5_000);
        Thread.sleep(delay);
        return "random " + delay + " ms";
    }

    /** The folder must open and hold a state between the last acknowledged step and the last one started. */
    private static CrashTable.Outcome check(Path folder, CrashScenario scenario, List<String> seen, String when) {
        int lastAck = lastIndex(seen, "ACK ");
        int acknowledged = (int) seen.stream().filter(line -> line.startsWith("ACK ")).count();
        int lastTry = Math.max(lastIndex(seen, "TRY "), lastAck);
        boolean afterDone = when.startsWith("after done");
        CrashState actual;
        try {
            actual = CrashState.read(folder);
        } catch (RuntimeException e) {
            return CrashTable.Outcome.failed(afterDone, acknowledged, "does not open or is damaged: " + e);
        }
        if (scenario.beside() >= 0) {
            return checkBeside(scenario, seen, actual, afterDone, acknowledged);
        }
        List<CrashState> allowed = new ArrayList<>();
        if (lastAck < 0) {
            allowed.add(scenario.start());
        }
        for (int i = Math.max(lastAck, 0); i <= lastTry; i++) {
            allowed.add(scenario.states().get(i));
        }
        if (allowed.contains(actual)) {
            return CrashTable.Outcome.passed(afterDone, acknowledged);
        }
        if (actual.equals(scenario.start()) || scenario.states().subList(0, Math.max(lastAck, 0)).contains(actual)) {
            return CrashTable.Outcome.failed(afterDone, acknowledged, "lost what step " + lastAck + " reported as done");
        }
        return CrashTable.Outcome.failed(afterDone, acknowledged, "a state no step leaves (partial): " + actual);
    }

    /**
     * An import beside the edits: the Thema must be one the edits could have left (the last acknowledged one or a later
     * one started), and the records those from before the import, or after it once started (after it, once it said done).
     */
    private static CrashTable.Outcome checkBeside(CrashScenario scenario, List<String> seen, CrashState actual, boolean afterDone,
                                                  int acknowledged) {
        int importStep = scenario.beside();
        java.util.function.Predicate<String> isEdit = line -> !line.endsWith(" " + importStep);
        List<String> edits = seen.stream().filter(isEdit).toList();
        int lastAck = lastIndex(edits, "ACK ");
        int lastTry = Math.max(lastIndex(edits, "TRY "), lastAck);
        List<String> themes = new ArrayList<>();
        if (lastAck < 0) {
            themes.add(scenario.start().theme());
        }
        for (int i = Math.max(lastAck, 0); i <= lastTry; i++) {
            if (i != importStep) {
                themes.add(scenario.states().get(i).theme());
            }
        }
        List<java.util.Map<String, Long>> counts = new ArrayList<>();
        if (!seen.contains("ACK " + importStep)) {
            counts.add(scenario.start().counts());
        }
        if (seen.contains("TRY " + importStep)) {
            counts.add(scenario.states().get(importStep).counts());
        }
        if (!themes.contains(actual.theme())) {
            return CrashTable.Outcome.failed(afterDone, acknowledged, "lost what step " + lastAck + " reported as done: Thema "
                    + actual.theme() + ", expected one of " + themes);
        }
        if (!counts.contains(actual.counts())) {
            return CrashTable.Outcome.failed(afterDone, acknowledged, "records of no state the import leaves (partial or lost): "
                    + actual.counts());
        }
        return CrashTable.Outcome.passed(afterDone, acknowledged);
    }

    private static int lastIndex(List<String> seen, String prefix) {
        return seen.stream().filter(line -> line.startsWith(prefix)).mapToInt(line -> Integer.parseInt(line.substring(prefix.length())))
                .max().orElse(-1);
    }

    private static Thread readLines(InputStream in, BlockingQueue<String> lines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line.strip());
                }
            } catch (IOException e) {
                // the child was killed mid-line: what was read counts
            }
        }, "crash-child-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void copyBaseline(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream in = new GZIPInputStream(CrashCycles.class.getResourceAsStream("lost-edit.mv.db.gz"))) {
            Files.copy(in, folder.resolve("werkbank.mv.db"));
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
