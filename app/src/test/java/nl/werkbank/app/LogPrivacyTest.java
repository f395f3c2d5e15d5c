package nl.werkbank.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.DuplicateNameException;
import nl.werkbank.core.storage.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file never holds a name or a typed text, also not inside the exceptions it records. */
class LogPrivacyTest {

    @TempDir
    Path folder;

    @Test
    void anExceptionWhoseMessageQuotesARowIsLoggedWithoutIt() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        LogConfiguration.toFile(context, folder.resolve("logs").toString());
        var log = context.getLogger("test");
        try (Werkbank werkbank = Werkbank.open(folder.resolve("data"))) {
            werkbank.people().create("Sanne Geheimnaam", "sanne@voorbeeld.nl", null, false);
            // H2 quotes the refused row in its message: what a failing save would log.
            Exception refused = org.assertj.core.api.Assertions.catchException(() -> werkbank.database().transaction(c ->
                    Sql.update(c, "UPDATE person SET name = CONCAT(name, REPEAT('x', 5000))")));
            assertThat(refused).isNotNull();
            assertThat(refused.getCause().getMessage()).contains("Geheimnaam");
            log.error("Storage failure", refused);
            assertThatThrownBy(() -> werkbank.people().create("Sanne Geheimnaam", null, null, false))
                    .isInstanceOf(DuplicateNameException.class)
                    .satisfies(e -> log.warn("Not saved", e));
        }
        // MVStore's own errors carry their code as "[version/code]".
        log.error("Read failed", new IllegalStateException("Chunk 131 not found near Sanne Geheimnaam [2.4.240/9]"));
        context.stop();
        String written = Files.readString(folder.resolve("logs").resolve("werkbank.log"));
        assertThat(written).contains("Storage failure").contains("Caused by: org.h2.jdbc.JdbcSQLDataException (H2 error 22001)")
                .contains("\tat nl.werkbank.core.storage.Database.transaction")
                .contains("java.lang.IllegalStateException (MVStore error 9)");
        assertThat(written).doesNotContain("Geheimnaam").doesNotContain("voorbeeld.nl");
    }
}
