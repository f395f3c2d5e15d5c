package nl.werkbank.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.bench.BigWerkplaats;
import nl.werkbank.core.bench.ExchangeBenchmark;
import nl.werkbank.core.bench.ReportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Option(names = "--only", paramLabel = "report|exchange", descriptionKey = "cli.bench.only")
    private String only;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("werkbank-bench");
        var out = spec.commandLine().getOut();
        try (Werkbank werkbank = Werkbank.open(folder.resolve("data"))) {
            long start = System.nanoTime();
            new BigWerkplaats().generate(werkbank.database(), BigWerkplaats.Size.ISSUE);
            out.printf("generated %s in %.1f s: %s%n%n", BigWerkplaats.Size.ISSUE, (System.nanoTime() - start) / 1e9,
                    werkbank.info().recordCounts());
            if (only == null || only.equals("report")) {
                out.println(ReportBenchmark.table(new ReportBenchmark().run(werkbank, folder, repeats)));
            }
            if (only == null || only.equals("exchange")) {
                out.println(ReportBenchmark.table(new ExchangeBenchmark().run(werkbank, folder)));
            }
            out.flush();
        } finally {
            deleteTree(folder);
        }
        return 0;
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
