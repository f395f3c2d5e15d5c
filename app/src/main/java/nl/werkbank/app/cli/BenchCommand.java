package nl.werkbank.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.werkbank.app.cli.crash.CrashCycles;
import nl.werkbank.app.cli.crash.CrashTable;
import nl.werkbank.core.Werkbank;
import nl.werkbank.bench.BigWerkplaats;
import nl.werkbank.bench.ExchangeBenchmark;
import nl.werkbank.bench.ReportBenchmark;
import nl.werkbank.core.storage.FileKey;
import nl.werkbank.core.storage.KeyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code werkbank bench}: generates the big Werkplaats in a temporary folder (never the user's data) and
 * prints how long the hours overview and exports take. For developers; not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--repeats", defaultValue = "5", descriptionKey = "cli.bench.repeats")
    private int repeats;

    @Option(names = "--only", paramLabel = "report|exchange|crash|autosave|ui|sync", descriptionKey = "cli.bench.only")
    private String only;

    @Option(names = "--cycles", defaultValue = "200", descriptionKey = "cli.bench.cycles")
    private int cycles;

    @Option(names = "--encrypted", descriptionKey = "cli.bench.encrypted")
    private boolean encrypted;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("werkbank-bench");
        var out = spec.commandLine().getOut();
        if ("autosave".equals(only)) {
            try {
                out.println(nl.werkbank.bench.AutosaveBenchmark.table(
                        new nl.werkbank.bench.AutosaveBenchmark().run(folder.resolve("data"))));
                out.flush();
                return 0;
            } finally {
                deleteTree(folder);
            }
        }
        if ("crash".equals(only)) {
            try {
                return crash(folder, out);
            } finally {
                deleteTree(folder);
            }
        }
        // A server password is only kept in encrypted data, so the sync bench's coordinator is encrypted.
        FileKey key = encrypted || "sync".equals(only) ? KeyFile.create(folder.resolve("data"), "bench passphrase of five words".toCharArray()).key()
                : FileKey.NONE;
        try (Werkbank werkbank = Werkbank.open(folder.resolve("data"), key)) {
            out.printf("database %s%n", werkbank.database().encrypted() ? "encrypted (AES)" : "without encryption");
            long start = System.nanoTime();
            new BigWerkplaats().generate(werkbank.database(), BigWerkplaats.Size.ISSUE);
            out.printf("generated %s in %.1f s: %s%n%n", BigWerkplaats.Size.ISSUE, (System.nanoTime() - start) / 1e9,
                    werkbank.info().recordCounts());
            if ("ui".equals(only)) {
                out.println(new UiBenchmark(werkbank, folder.resolve("data")).run());
                out.flush();
                return 0;
            }
            if (only == null || only.equals("report")) {
                out.println(ReportBenchmark.table(new ReportBenchmark().run(werkbank, folder, repeats)));
            }
            if (only == null || only.equals("exchange")) {
                out.println(ReportBenchmark.table(new ExchangeBenchmark().run(werkbank, folder)));
            }
            if ("sync".equals(only)) {
                out.println(ReportBenchmark.table(new nl.werkbank.bench.SyncBenchmark().run(werkbank, folder)));
            }
            out.flush();
        } finally {
            deleteTree(folder);
        }
        return 0;
    }

    /** Kills a child Werkbank {@code cycles} times and prints what survived; exit 1 when anything was lost. */
    private int crash(Path folder, java.io.PrintWriter out) throws Exception {
        long start = System.nanoTime();
        CrashTable table = CrashCycles.prepare(folder, System.nanoTime(), new java.io.PrintStream(System.err, true)).run(cycles);
        out.printf("%d kill cycles in %.0f s%n%n%s", table.cycles(), (System.nanoTime() - start) / 1e9, table);
        out.flush();
        return table.failures() == 0 ? 0 : 1;
    }

    /** The generated databases and exports take a few gigabytes: never leave them behind. */
    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
