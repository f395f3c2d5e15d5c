package nl.werkbank.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAccountTest {

    @Test
    void onlyAPostgresUrlWithoutPasswordIsTaken() {
        assertThatThrownBy(() -> new ServerAccount("postgres://server/werkplaats", "coordinator", "x".toCharArray()))
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.key()).isEqualTo("error.server.url"));
        assertThatThrownBy(() -> new ServerAccount("jdbc:h2:/tmp/werkbank", "coordinator", "x".toCharArray()))
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.key()).isEqualTo("error.server.url"));
        assertThatThrownBy(() -> new ServerAccount("jdbc:postgresql://server/werkplaats?user=a&password=geheim", "a", "x".toCharArray()))
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.key()).isEqualTo("error.server.passwordInUrl"))
                .hasMessageNotContaining("geheim");
    }

    @Test
    void thePasswordIsNeverShown() {
        ServerAccount account = new ServerAccount("jdbc:postgresql://server.hogeschool.nl/werkplaats?sslmode=verify-full",
                "coordinator", "geheim-wachtwoord".toCharArray());
        assertThat(account.displayUrl()).isEqualTo("jdbc:postgresql://server.hogeschool.nl/werkplaats");
        assertThat(account.toString()).contains("coordinator").doesNotContain("geheim");
    }
}
