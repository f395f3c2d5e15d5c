package nl.werkbank.core.exchange;

import static nl.werkbank.core.exchange.SyncLaptops.account;
import static nl.werkbank.core.exchange.SyncLaptops.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.LocalizedException;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.server.ServerAccess;
import nl.werkbank.core.server.ServerAccount;
import nl.werkbank.core.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync over TLS with the server's certificate checked (sslmode=verify-full), against the test server that {@code .ci/run}
 * gives a certificate for the name localhost from a root of its own: it works with that root, and a server that cannot
 * be verified is refused with a message that says so, before anything is kept.
 */
class SyncTlsTest {

    @TempDir
    Path folder;

    @Test
    void aLaptopSyncsOverAVerifiedEncryptedConnection() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            String jan = account(server, "jan", ServerAccess.Role.COORDINATOR, null);
            String url = server.verifiedTlsUrl("localhost");
            try (Werkbank laptop = SyncLaptops.open(folder.resolve("a"), Clock.systemUTC())) {
                DemoWerkplaats.load(laptop, false);
                laptop.sync().connect(url, jan, ("pw-" + jan).toCharArray());
                SyncResult result = SyncLaptops.sync(laptop);

                assertThat(result.sent()).isPositive();
                assertThat(count(server, "SELECT COUNT(*) FROM meeting")).isEqualTo(laptop.info().recordCounts().get("meeting"));
                assertThat(laptop.sync().account().orElseThrow().displayUrl()).doesNotContain("sslrootcert");
                try (Connection c = new ServerAccount(url, jan, ("pw-" + jan).toCharArray()).dataSource().getConnection();
                     Statement s = c.createStatement();
                     ResultSet tls = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                    assertThat(tls.next()).isTrue();
                    assertThat(tls.getBoolean(1)).as("the connection is encrypted").isTrue();
                }
            }
        }
    }

    @Test
    void aServerThatCannotBeVerifiedIsRefusedAndNothingIsKept() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            SyncLaptops.init(server);
            String jan = account(server, "jan", ServerAccess.Role.COORDINATOR, null);
            char[] password = ("pw-" + jan).toCharArray();
            String verified = server.verifiedTlsUrl("localhost");
            String withoutRoot = verified.substring(0, verified.indexOf("&sslrootcert="));
            try (Werkbank laptop = SyncLaptops.open(folder.resolve("a"), Clock.systemUTC())) {
                // The certificate is for localhost, not for the address 127.0.0.1.
                assertThatThrownBy(() -> laptop.sync().connect(server.verifiedTlsUrl("127.0.0.1"), jan, password))
                        .isInstanceOf(LocalizedException.class).extracting(e -> ((LocalizedException) e).key())
                        .isEqualTo("error.server.certificate");
                // Without the root in the address, Java's list of public authorities does not know the test server's.
                assertThatThrownBy(() -> laptop.sync().connect(withoutRoot, jan, password))
                        .isInstanceOf(LocalizedException.class).extracting(e -> ((LocalizedException) e).key())
                        .isEqualTo("error.server.certificate");
                assertThatThrownBy(() -> laptop.sync().connect(withoutRoot + "&sslrootcert=" + folder.resolve("geen-root.crt"), jan,
                        password)).isInstanceOf(LocalizedException.class).extracting(e -> ((LocalizedException) e).key())
                        .isEqualTo("error.server.rootCertificate");
                assertThat(laptop.sync().account()).as("no server kept after a refused connection").isEmpty();
            }
        }
    }
}
