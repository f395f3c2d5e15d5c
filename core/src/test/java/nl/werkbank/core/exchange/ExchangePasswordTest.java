package nl.werkbank.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.testing.TestWerkbank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exchange file with the uitwisselwachtwoord: unreadable without it, refused cleanly with a wrong one. */
class ExchangePasswordTest {

    private static final char[] PASSWORD = "werkplaats-rijnmond-2026".toCharArray();

    @TempDir
    Path folder;

    @Test
    void aFileWithThePasswordHoldsNoReadableTextAndOpensOnlyWithIt() throws Exception {
        try (Werkbank origin = TestWerkbank.open(folder.resolve("origin"));
             Werkbank coordinator = TestWerkbank.open(folder.resolve("coordinator"))) {
            DemoWerkplaats.load(origin, false);
            Path plain = origin.exchange().export(folder.resolve("open.werkbank"), ExportOptions.everything()).file();
            Path locked = origin.exchange().export(folder.resolve("dicht.werkbank"), ExportOptions.everything().withPassword(PASSWORD)).file();

            String bytes = new String(Files.readAllBytes(locked), StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain("Gemeente Rotterdam").doesNotContain("werkbank-exchange\"");
            assertThat(unzipped(locked)).as("not even unpacked").doesNotContain("Gemeente Rotterdam");

            assertThatThrownBy(() -> coordinator.exchange().read(locked)).isInstanceOfSatisfying(ExchangeFileException.class,
                    e -> assertThat(e.key()).isEqualTo("error.exchange.passwordNeeded"));
            assertThatThrownBy(() -> coordinator.exchange().read(locked, "verkeerd wachtwoord".toCharArray()))
                    .isInstanceOfSatisfying(ExchangeFileException.class, e -> assertThat(e.key()).isEqualTo("error.exchange.wrongPassword"));
            assertThat(coordinator.info().totalRecords()).isEqualTo(TestWerkbank.open(folder.resolve("empty")).info().totalRecords());

            ExchangeData withPassword = coordinator.exchange().read(locked, PASSWORD);
            ExchangeData open = coordinator.exchange().read(plain);
            assertThat(withPassword.recordCount()).isEqualTo(open.recordCount());

            // The stored uitwisselwachtwoord is used without asking.
            coordinator.exchange().setPassword(PASSWORD);
            assertThat(coordinator.exchange().password()).hasValueSatisfying(p -> assertThat(p).isEqualTo(PASSWORD));
            ImportResult imported = coordinator.exchange().apply(coordinator.exchange().read(locked));
            assertThat(imported.total(KindCounts::added)).isEqualTo((int) open.recordCount());
            assertThat(coordinator.exchange().export(folder.resolve("terug.werkbank"), ExportOptions.everything()).file())
                    .as("the stored password does not travel").satisfies(file -> assertThat(new String(Files.readAllBytes(file),
                            StandardCharsets.ISO_8859_1)).doesNotContain("werkplaats-rijnmond"));
        }
    }

    /** What a zip tool shows without the password: the entry's bytes as stored. */
    private static String unzipped(Path zip) throws Exception {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            in.getNextEntry();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (java.util.zip.ZipException e) {
            return "";
        }
    }
}
