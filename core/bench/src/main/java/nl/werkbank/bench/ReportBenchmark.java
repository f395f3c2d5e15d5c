package nl.werkbank.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.hours.HoursLine;
import nl.werkbank.core.hours.HoursLineSource;
import nl.werkbank.core.hours.HoursOverview;
import nl.werkbank.core.hours.OrganizationHours;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.report.HoursWorkbook;
import nl.werkbank.core.report.ReportLabels;

/**
 * Times what the coordinator waits for on the big Werkplaats and prints a table: the half-year overview,
 * the half-year workbook, the workbook of all lines walked from the database, and (the floor) the same walk
 * written as plain CSV.
 */
public final class ReportBenchmark {

    public record Measurement(String what, double millis, String detail) {
    }

    private final List<Measurement> results = new ArrayList<>();

    public List<Measurement> run(Werkbank werkbank, Path folder, int repeats) throws IOException {
        resetPeaks();
        Period half = Period.parse("2018-H1");
        werkbank.hours().overview(half); // warm up
        double[] times = new double[repeats];
        HoursOverview overview = null;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            overview = werkbank.hours().overview(half);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        results.add(new Measurement("half-year overview (median of " + repeats + ")", times[repeats / 2],
                overview.lines().size() + " lines, reconciles=" + overview.reconciles()));

        HoursWorkbook halfBook = new HoursWorkbook(overview, LABELS, DESCRIBE);
        results.add(time("half-year workbook (.xlsx)", () -> halfBook.write(folder.resolve("half-year.xlsx"))));

        // All lines, walked from the database as the command line does: held in memory they need ~600 MB.
        Period everything = Period.range(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2100, 1, 1));
        // Interleaved, median of three each: with a small heap a collection lands on whichever runs next.
        double[] csvTimes = new double[3];
        double[] xlsxTimes = new double[3];
        int[] count = new int[1];
        for (int i = 0; i < 3; i++) {
            csvTimes[i] = time("", () -> werkbank.hours().streamed(everything, streamed -> {
                csv(streamed.lines(), folder.resolve("all.csv"));
                return null;
            })).millis();
            xlsxTimes[i] = time("", () -> werkbank.hours().streamed(everything, streamed -> {
                count[0] = streamed.overview().lineCount();
                return new HoursWorkbook(streamed.overview(), streamed.lines(), LABELS, DESCRIBE).write(folder.resolve("all.xlsx"));
            })).millis();
        }
        Arrays.sort(csvTimes);
        Arrays.sort(xlsxTimes);
        Measurement csv = new Measurement("all lines as CSV (floor, median of 3)", csvTimes[1], count[0] + " lines, from the database");
        Measurement xlsx = new Measurement("all lines workbook (.xlsx, median of 3)", xlsxTimes[1], "");
        results.add(csv);
        results.add(new Measurement(xlsx.what(), xlsx.millis(), String.format("%.1f x CSV floor, %d KB", xlsx.millis() / csv.millis(),
                Files.size(folder.resolve("all.xlsx")) / 1024)));
        if (Runtime.getRuntime().maxMemory() >= 1L << 30) {
            // The writer alone, from lines already held (what LibreOffice converting all.csv is compared with).
            HoursOverview held = werkbank.hours().overview(everything);
            results.add(time("all lines workbook, writer only (held lines)",
                    () -> new HoursWorkbook(held, LABELS, DESCRIBE).write(folder.resolve("all-held.xlsx"))));
        }
        // The pools peak at different moments, so their sum can exceed the real peak (and even the maximum);
        // that the run finished within the maximum heap is the proof that it fits.
        results.add(new Measurement("peak heap used (sum of pool peaks)", Double.NaN, "<= " + peakHeapMegabytes()
                + " MB; finished within max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB"));
        return results;
    }

    private interface Work {
        void run() throws IOException;
    }

    private static Measurement time(String what, Work work) throws IOException {
        long start = System.nanoTime();
        work.run();
        return new Measurement(what, (System.nanoTime() - start) / 1e6, "");
    }

    /** The same columns as the Regels sheet, written as plain text from the same walk: the fastest an export can be. */
    static void csv(HoursLineSource lines, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                out.write(line.date() + ";" + Objects.toString(line.teamName(), "") + ";" + Objects.toString(line.meetingTitle(), "")
                        + ";" + line.meetingType() + ";" + Objects.toString(line.personName(), "") + ";"
                        + Objects.toString(line.organizationName(), "") + ";" + line.status() + ";" + line.meetingHours() + ";"
                        + line.preparationHours() + ";" + line.travelHours() + ";" + line.totalHours() + ";"
                        + line.countsFor("Overig"));
                out.newLine();
            });
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static final ReportLabels LABELS = new ReportLabels(key -> key.substring(key.lastIndexOf('.') + 1));

    private static final HoursWorkbook.Describer DESCRIBE = new HoursWorkbook.Describer() {
        public String meetingType(HoursLine line) {
            return line.meetingType().name();
        }

        public String status(HoursLine line) {
            return String.valueOf(line.status());
        }

        public String person(HoursLine line) {
            return Objects.toString(line.personName(), "visitors");
        }

        public String breakdownName(OrganizationHours row) {
            return Objects.toString(row.name(), row.kind().name());
        }
    };

    /** The table printed by {@code werkbank bench}. */
    public static String table(List<Measurement> results) {
        StringBuilder out = new StringBuilder(String.format("%-44s %12s  %s%n", "what", "time (ms)", "detail"));
        out.append("-".repeat(90)).append('\n');
        for (Measurement m : results) {
            out.append(String.format("%-44s %12s  %s%n", m.what(), Double.isNaN(m.millis()) ? "" : String.format("%.0f", m.millis()), m.detail()));
        }
        return out.toString();
    }
}
