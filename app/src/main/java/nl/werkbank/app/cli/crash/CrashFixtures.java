package nl.werkbank.app.cli.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.werkbank.core.Werkbank;
import nl.werkbank.bench.BigWerkplaats;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.exchange.ExportOptions;

/**
 * What the scenarios need, made once per run: two exchange files of another Werkplaats (one small, one big
 * enough for the rewrite after import) and the state each import or demo load leaves on the baseline.
 */
final class CrashFixtures {

    interface Baseline {
        void copyTo(Path folder) throws IOException;
    }

    /** Records in the small file; the big one passes the 10,000 after which the file is rewritten on closing. */
    private static final BigWerkplaats.Size SMALL = new BigWerkplaats.Size(5, 40, 2, 20, 300, 1);
    private static final BigWerkplaats.Size BIG = new BigWerkplaats.Size(20, 300, 6, 600, 11_000, 2);

    private final Path work;
    private final Baseline baseline;

    CrashFixtures(Path work, Baseline baseline) {
        this.work = work;
        this.baseline = baseline;
    }

    List<CrashScenario> scenarios() throws IOException {
        Path small = exchangeFile("klein", SMALL);
        Path big = exchangeFile("groot", BIG);
        CrashState start = stateAfter("start", werkbank -> { });
        CrashState afterSmall = stateAfter("na-klein", werkbank -> werkbank.exchange().apply(werkbank.exchange().read(small)));
        CrashState afterBig = stateAfter("na-groot", werkbank -> werkbank.exchange().apply(werkbank.exchange().read(big)));
        CrashState afterDemo = stateAfter("na-demo", werkbank -> DemoWerkplaats.load(werkbank, true));
        return List.of(
                new CrashScenario.Builder("thema bewerken", start).edits("a", 8).build(),
                new CrashScenario.Builder("thema na 6 s stil", start).idle(6_000).edits("b", 1).build(),
                new CrashScenario.Builder("import", start).edits("c", 2).step("import:" + small, afterSmall.withTheme("c-2"))
                        .edits("d", 2).build(),
                new CrashScenario.Builder("grote import", start).edits("e", 1).step("import:" + big, afterBig.withTheme("e-1"))
                        .edits("f", 2).build(),
                new CrashScenario.Builder("demo --replace", start).edits("g", 1).step("demo", afterDemo).edits("h", 2).build(),
                new CrashScenario.Builder("bewerken naast import", start).edits("i", 1).besideImport(big.toString(), afterBig)
                        .idle(200).edits("j", 1).idle(200).edits("k", 1).idle(200).edits("l", 1).build());
    }

    private interface Action {
        void apply(Werkbank werkbank);
    }

    private CrashState stateAfter(String name, Action action) throws IOException {
        Path folder = work.resolve("expected-" + name);
        baseline.copyTo(folder);
        try (Werkbank werkbank = Werkbank.open(folder)) {
            action.apply(werkbank);
        }
        return CrashState.read(folder);
    }

    private Path exchangeFile(String name, BigWerkplaats.Size size) {
        Path file = work.resolve(name + ".werkbank");
        try (Werkbank origin = Werkbank.open(work.resolve("origin-" + name))) {
            new BigWerkplaats().generate(origin.database(), size);
            origin.exchange().export(file, ExportOptions.everything());
        }
        return file;
    }
}
