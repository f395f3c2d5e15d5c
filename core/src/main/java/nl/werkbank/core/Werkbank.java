package nl.werkbank.core;

import java.nio.file.Path;
import java.time.Clock;
import nl.werkbank.core.people.OrganizationService;
import nl.werkbank.core.people.PersonService;
import nl.werkbank.core.storage.DataTables;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.DatabaseInfo;
import nl.werkbank.core.teams.TeamService;

/** One open Werkbank data folder and the services that work on it. The only entry point the app needs. */
public final class Werkbank implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final OrganizationService organizations;
    private final PersonService people;
    private final TeamService teams;

    private Werkbank(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.organizations = new OrganizationService(database, clock);
        this.people = new PersonService(database, clock);
        this.teams = new TeamService(database, clock);
    }

    public static Werkbank open(Path dataDirectory) {
        return open(dataDirectory, Clock.systemDefaultZone());
    }

    public static Werkbank open(Path dataDirectory, Clock clock) {
        return new Werkbank(Database.open(dataDirectory), clock);
    }

    public OrganizationService organizations() {
        return organizations;
    }

    public PersonService people() {
        return people;
    }

    public TeamService teams() {
        return teams;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public DatabaseInfo info() {
        return DataTables.info(database);
    }

    public boolean isEmpty() {
        return DataTables.isEmpty(database);
    }

    @Override
    public void close() {
        database.close();
    }
}
