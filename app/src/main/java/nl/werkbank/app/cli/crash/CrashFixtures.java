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
        Path attendance = attendanceMatrix();
        CrashState afterAttendance = stateAfter("na-presentielijst", werkbank -> importAttendance(werkbank, attendance));
        CrashState empty = stateInNewFolder("leeg", werkbank -> { });
        CrashState afterBigIntoEmpty = stateInNewFolder("leeg-na-groot", werkbank -> werkbank.exchange().apply(werkbank.exchange().read(big)));
        return List.of(
                new CrashScenario.Builder("thema bewerken", start).edits("a", 8).build(),
                new CrashScenario.Builder("thema na 6 s stil", start).idle(6_000).edits("b", 1).build(),
                new CrashScenario.Builder("import", start).edits("c", 2).step("import:" + small, afterSmall.withTheme("c-2"))
                        .edits("d", 2).build(),
                new CrashScenario.Builder("grote import", start).edits("e", 1).step("import:" + big, afterBig.withTheme("e-1"))
                        .edits("f", 2).build(),
                new CrashScenario.Builder("demo --replace", start).edits("g", 1).step("demo", afterDemo).edits("h", 2).build(),
                new CrashScenario.Builder("presentielijst uit Excel", start).edits("m", 1)
                        .step("import-attendance:" + attendance, afterAttendance.withTheme("m-1")).edits("n", 2).build(),
                // Into a new folder the file is loaded into a new database file that is renamed into place (ADR 0021).
                new CrashScenario.Builder("import in lege map", empty).emptyFolder().step("import-new:" + big, afterBigIntoEmpty).build(),
                new CrashScenario.Builder("bewerken naast import", start).edits("i", 1).besideImport(big.toString(), afterBig)
                        .idle(200).edits("j", 1).idle(200).edits("k", 1).idle(200).edits("l", 1).build(),
                // The same in a folder with a passphrase: the file, its compaction and its backups go through the
                // encryption layer (ADR 0023).
                new CrashScenario.Builder("versleuteld: thema", start).encrypted().edits("p", 6).build(),
                new CrashScenario.Builder("versleuteld: naast import", start).encrypted().edits("q", 1)
                        .besideImport(big.toString(), afterBig).idle(200).edits("r", 1).idle(200).edits("s", 1).build());
    }

    /** A people × dates matrix for the edited werkteam: 200 new people over 24 meetings, about 2,400 lines. */
    private Path attendanceMatrix() throws IOException {
        StringBuilder csv = new StringBuilder("Presentielijst;\nTijd: 19.00 - 21.00;\nNaam;Organisatie");
        java.time.LocalDate first = java.time.LocalDate.of(2019, 1, 10);
        for (int d = 0; d < 24; d++) {
            csv.append(';').append(first.plusWeeks(2L * d).format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")));
        }
        csv.append('\n');
        for (int p = 1; p <= 200; p++) {
            csv.append("Deelnemer Crashtest ").append(p).append(";Organisatie ").append(p % 7);
            for (int d = 0; d < 24; d++) {
                csv.append(';').append((p + d) % 2 == 0 ? "x" : "");
            }
            csv.append('\n');
        }
        return java.nio.file.Files.writeString(work.resolve("presentie.csv"), csv);
    }

    private static void importAttendance(Werkbank werkbank, Path file) {
        var imports = werkbank.attendanceImport();
        var team = werkbank.teams().search(CrashChild.TEAM, java.time.LocalDate.now()).get(0).team();
        var read = imports.read(file);
        var plan = imports.plan(read, imports.propose(read, team.id()), nl.werkbank.core.common.Progress.NONE);
        imports.apply(plan, team.id(), nl.werkbank.core.imports.ImportChoices.CONFIRMED, nl.werkbank.core.common.Progress.NONE);
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

    private CrashState stateInNewFolder(String name, Action action) throws IOException {
        Path folder = work.resolve("expected-" + name);
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
