package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationRow;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.server.ServerAccess;
import nl.werkbank.core.server.ServerSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Instellingen, Werkplaats-server, on a real PostgreSQL: a wrong password is said in plain words; the right one is
 * tested, saved and synced at once, the status bar then says when, and the server holds the laptop's records.
 */
class SyncScreenTest extends UiTestBase {

    private static final String HOST = env("WERKBANK_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("WERKBANK_TEST_PG_PORT", "5432");
    private static final String ADMIN = env("WERKBANK_TEST_PG_USER", "werkbank_ci");
    private static final String ADMIN_PASSWORD = env("WERKBANK_TEST_PG_PASSWORD", "werkbank_ci");

    private final String database = "werkbank_ui_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String login = database + "_jan";

    /** Els's laptop, beside the window's own. */
    @org.junit.jupiter.api.io.TempDir
    Path elsFolder;

    @Override
    Werkbank openWerkbank(Path folder, Clock clock) {
        // The server compares clocks: this laptop has the real time, not the tests' fixed day; and it is encrypted, as
        // a server password is only kept in encrypted data.
        nl.werkbank.core.storage.FileKey key = nl.werkbank.core.storage.KeyFile.create(folder, "een lange wachtzin voor de sync".toCharArray()).key();
        return Werkbank.open(folder, key, Clock.systemUTC());
    }

    private AnsweringDialogs dialogs;

    @Override
    nl.werkbank.app.fx.DialogService dialogs(nl.werkbank.app.fx.DialogService real) {
        dialogs = new AnsweringDialogs(real, folder);
        return dialogs;
    }

    @Override
    void prepare(Werkbank werkbank) {
        werkbank.organizations().create("Gemeente Rotterdam", OrganizationType.MUNICIPALITY, null, false);
        werkbank.organizations().create("Buurthuis De Zuid", OrganizationType.OTHER, null, false);
    }

    @Test
    void aServerSetUpInSettingsIsTestedSavedAndSyncedAndTheStatusBarSaysWhen() throws Exception {
        createServer();
        clickOn("#nav-settings");
        assertThat(lookup("#sync-status").query().isVisible()).isFalse();
        reveal("#sync-details");
        clickOn("#sync-url").write(url());
        clickOn("#sync-login").write(login);
        clickOn("#sync-password").write("verkeerd-wachtwoord");
        clickOn("#sync-test");
        waitUntil(() -> !dialogs.told.isEmpty());
        assertThat(dialogs.told.get(0)).contains("wachtwoord klopt niet").doesNotContain("verkeerd-wachtwoord");

        replaceText(lookup("#sync-password").query(), "jan-wachtwoord");
        clickOn("#sync-test");
        waitUntil(() -> dialogs.told.size() == 2);
        assertThat(dialogs.told.get(1)).contains("De verbinding werkt");
        clickOn("#sync-save");
        waitUntil(() -> text("#sync-status").startsWith("Gesynchroniseerd"));
        assertThat(text("#sync-details")).contains("0 wijzigingen wachten");
        assertThat(count("SELECT COUNT(*) FROM organization")).isEqualTo(2);
        Screenshots.capture("settings-sync");

        // A change made now waits until the next sync, which the status bar starts with a click.
        werkbank.organizations().create("Hogeschool Rotterdam", OrganizationType.UNIVERSITY_OF_APPLIED_SCIENCES, null, false);
        clickOn("#sync-status");
        waitUntil(() -> text("#sync-status").startsWith("Gesynchroniseerd"));
        assertThat(count("SELECT COUNT(*) FROM organization")).isEqualTo(3);
    }

    @Test
    void changesAnotherLaptopSentAppearInTheScreenInViewAfterASync() throws Exception {
        connectInSettings();

        // Els's laptop takes the Werkplaats from the server, adds an organisation and sends it.
        onElsLaptop(els -> els.organizations().create("Wijkteam Noord", OrganizationType.MUNICIPALITY, null, false));

        clickOn("#nav-organizations");
        javafx.scene.control.TableView<?> list = lookup("#organization-list").queryTableView();
        assertThat(list.getItems()).hasSize(2);
        clickOn("#sync-status");
        waitUntil(() -> list.getItems().size() == 3);
        assertThat(list.getItems().toString()).contains("Wijkteam Noord");
    }

    @Test
    void aNameTypedWhileASyncBringsAnotherChangeToTheSameOrganisationKeepsBoth() throws Exception {
        connectInSettings();
        clickOn("#nav-organizations");
        TextField name = lookup("#organization-name").queryAs(TextField.class);
        clickOn(name);
        Organization shown = werkbank.organizations().list().stream().map(OrganizationRow::organization)
                .filter(o -> o.name().equals(name.getText())).findFirst().orElseThrow();

        // Els makes it a residents' organisation; the sync brings that while Jan's cursor is in the name field, so
        // the form is not refilled under his typing.
        onElsLaptop(els -> els.organizations().save(els.organizations().get(shown.id())
                .withType(OrganizationType.RESIDENTS_ORGANIZATION), false));
        clickOn("#sync-status");
        waitUntil(() -> werkbank.organizations().get(shown.id()).type() == OrganizationType.RESIDENTS_ORGANIZATION);
        assertThat(name.isFocused()).isTrue();

        write(" (Zuid)").type(KeyCode.ENTER);

        assertThat(werkbank.organizations().get(shown.id())).extracting(Organization::name, Organization::type)
                .containsExactly(shown.name() + " (Zuid)", OrganizationType.RESIDENTS_ORGANIZATION);
        assertThat(lookup("#organization-type").queryAs(ComboBox.class).getValue())
                .isEqualTo(OrganizationType.RESIDENTS_ORGANIZATION);
    }

    private void connectInSettings() throws SQLException {
        createServer();
        clickOn("#nav-settings");
        reveal("#sync-details");
        clickOn("#sync-url").write(url());
        clickOn("#sync-login").write(login);
        clickOn("#sync-password").write("jan-wachtwoord");
        clickOn("#sync-save");
        waitUntil(() -> text("#sync-status").startsWith("Gesynchroniseerd"));
    }

    /** Els's laptop takes the Werkplaats from the server, makes a change and sends it. */
    private void onElsLaptop(java.util.function.Consumer<Werkbank> change) {
        try (Werkbank els = Werkbank.open(elsFolder,
                nl.werkbank.core.storage.KeyFile.create(elsFolder, "een lange wachtzin voor de sync".toCharArray()).key(), Clock.systemUTC())) {
            els.sync().connect(url(), database + "_els", "els-wachtwoord".toCharArray());
            els.sync().sync(nl.werkbank.core.common.Progress.NONE);
            change.accept(els);
            els.sync().sync(nl.werkbank.core.common.Progress.NONE);
        }
    }

    /** Scrolls Instellingen down to the node, as a user would. */
    private void reveal(String query) {
        javafx.scene.Node node = lookup(query).query();
        javafx.scene.Node parent = node;
        while (!(parent instanceof javafx.scene.control.ScrollPane)) {
            parent = parent.getParent();
        }
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) parent;
        interact(() -> {
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            scroll.setVvalue(Math.min(1, Math.max(0, (y - viewport / 2) / (contentHeight - viewport))));
        });
    }

    private void createServer() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), ADMIN, ADMIN_PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                throw e;
            }
            Assumptions.abort("No PostgreSQL at " + HOST + ":" + PORT + ": " + e.getMessage());
        }
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setUrl(url());
        admin.setUser(ADMIN);
        admin.setPassword(ADMIN_PASSWORD);
        ServerSchema.init(admin);
        ServerAccess.addAccount(admin, login, "jan-wachtwoord".toCharArray(), ServerAccess.Role.COORDINATOR, null);
        ServerAccess.addAccount(admin, database + "_els", "els-wachtwoord".toCharArray(), ServerAccess.Role.COORDINATOR, null);
    }

    @AfterEach
    void dropServer() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), ADMIN, ADMIN_PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            for (String role : new String[] {login, database + "_els", database + "_coordinator", database + "_facilitator"}) {
                s.execute("DROP ROLE IF EXISTS \"" + role + "\"");
            }
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                throw e;
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), ADMIN, ADMIN_PASSWORD); Statement s = c.createStatement();
             var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private String url() {
        return url(database);
    }

    private static String url(String name) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
