package nl.werkbank.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.werkbank.core.Werkbank;
import nl.werkbank.bench.ReportBenchmark.Measurement;
import nl.werkbank.core.exchange.ExchangeData;
import nl.werkbank.core.exchange.ExchangeScope;
import nl.werkbank.core.exchange.ExportOptions;
import nl.werkbank.core.exchange.ExportSummary;
import nl.werkbank.core.exchange.ImportResult;
import nl.werkbank.core.exchange.KindCounts;
import nl.werkbank.core.teams.Team;

/** Export of the big Werkplaats, import into an empty database, and the same file imported again. */
public final class ExchangeBenchmark {

    public List<Measurement> run(Werkbank werkbank, Path folder) throws IOException {
        return run(werkbank, folder, werkbank.fileKey());
    }

    /** As {@link #run(Werkbank, Path)}; the empty database imported into is encrypted with {@code key} (or not). */
    public List<Measurement> run(Werkbank werkbank, Path folder, nl.werkbank.core.storage.FileKey key) throws IOException {
        List<Measurement> results = new ArrayList<>();
        Path zipped = folder.resolve("all.werkbank");
        long start = System.nanoTime();
        ExportSummary summary = werkbank.exchange().export(zipped, ExportOptions.everything());
        results.add(new Measurement("export everything (.werkbank, zipped)", millis(start),
                summary.records() + " records, " + Files.size(zipped) / 1024 + " KB"));
        Path plain = folder.resolve("all.json");
        start = System.nanoTime();
        werkbank.exchange().export(plain, ExportOptions.everything());
        results.add(new Measurement("export everything (.json)", millis(start), Files.size(plain) / 1024 + " KB"));

        try (Werkbank empty = Werkbank.open(folder.resolve("import-target"), key)) {
            start = System.nanoTime();
            ExchangeData data = empty.exchange().read(zipped);
            double read = millis(start);
            long applyStart = System.nanoTime();
            ImportResult result = empty.exchange().apply(data);
            double apply = millis(applyStart);
            results.add(new Measurement("import into an empty database (read+check)", read, ""));
            results.add(new Measurement("import into an empty database (merge+write)", apply, ""));
            results.add(new Measurement("import into an empty database (total)", read + apply,
                    result.total(KindCounts::added) + " added; target <= 5000 ms"));
            // H2's own floor for writing the same rows, beside it.
            StorageFloor floor = new StorageFloor(empty.database());
            try (Werkbank withIndexes = Werkbank.open(folder.resolve("floor-indexes"), key)) {
                results.add(floor.withIndexes(withIndexes.database()));
            }
            try (Werkbank bare = Werkbank.open(folder.resolve("floor-bare"), key)) {
                results.addAll(floor.withoutSecondaryIndexes(bare.database()));
            }
            start = System.nanoTime();
            ImportResult again = empty.exchange().apply(empty.exchange().read(zipped));
            results.add(new Measurement("same file again (nothing changes)", millis(start),
                    again.total(KindCounts::unchanged) + " unchanged, changes=" + again.changesAnything()));

            // The coordinator's usual case: one team's file into the full database.
            Team team = werkbank.teams().list().get(0).team();
            Path teamFile = folder.resolve("team.werkbank");
            start = System.nanoTime();
            ExportSummary teamSummary = werkbank.exchange().export(teamFile, new ExportOptions(ExchangeScope.team(team.id(), team.name()), false));
            results.add(new Measurement("export one team's file", millis(start), teamSummary.records() + " records"));
            start = System.nanoTime();
            ImportResult teamImport = empty.exchange().apply(empty.exchange().read(teamFile));
            results.add(new Measurement("one team's file into the full database", millis(start),
                    teamSummary.counts().get("attendance") + " attendance lines, " + teamImport.total(KindCounts::unchanged) + " unchanged"));
        }
        return results;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
