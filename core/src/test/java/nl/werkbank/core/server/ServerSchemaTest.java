package nl.werkbank.core.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's schema on a real PostgreSQL, built from the laptops' own migrations, is the laptops' schema. */
class ServerSchemaTest {

    @TempDir
    Path folder;

    @Test
    void initBuildsTheLaptopsSchemaOnPostgresAndRunAgainChangesNothing() throws Exception {
        try (TestPostgres server = TestPostgres.freshDatabase()) {
            ServerSchema.Initialized first = ServerSchema.init(server.dataSource());
            assertThat(first.schemaBefore()).isEqualTo("0");
            assertThat(first.schemaNow()).isEqualTo(Database.SCHEMA_VERSION);
            // The laptops' migrations, then the server's own two steps (db/server: access, the change sequence).
            assertThat(first.migrationsRun()).isEqualTo(Integer.parseInt(Database.SCHEMA_VERSION) + 2);
            assertThat(first.serverVersion()).isNotBlank();

            ServerSchema.Initialized again = ServerSchema.init(server.dataSource());
            assertThat(again.migrationsRun()).isZero();
            assertThat(again.schemaNow()).isEqualTo(Database.SCHEMA_VERSION);

            SchemaShape onServer;
            try (Connection c = server.dataSource().getConnection()) {
                onServer = SchemaShape.read(c, "public");
            }
            SchemaShape onLaptop;
            try (Database laptop = Database.open(folder)) {
                onLaptop = laptop.transaction(c -> SchemaShape.read(c, "PUBLIC"));
            }
            assertThat(onServer.tables().keySet()).isEqualTo(onLaptop.tables().keySet()).contains("attendance", "check_in", "tombstone");
            onLaptop.tables().forEach((table, shape) -> assertThat(onServer.tables().get(table)).as(table).isEqualTo(shape));
            assertThat(onServer.tables().values()).flatMap(t -> t.columns().values()).noneMatch(type -> type.startsWith("unknown"));
        }
    }

    @Test
    void aServerThatIsNotThereGetsAClearMessage() {
        org.postgresql.ds.PGSimpleDataSource nowhere = new org.postgresql.ds.PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/werkplaats");
        nowhere.setUser("niemand");
        nowhere.setPassword("geheim-wachtwoord");
        nowhere.setConnectTimeout(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerSchema.init(nowhere))
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.key()).isEqualTo("error.server.unreachable"))
                .hasMessageNotContaining("geheim-wachtwoord");
    }
}
