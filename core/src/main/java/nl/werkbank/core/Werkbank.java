package nl.werkbank.core;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.werkbank.core.activity.ActivityService;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.decisions.ActionService;
import nl.werkbank.core.decisions.DecisionService;
import nl.werkbank.core.decisions.DecisionSteps;
import nl.werkbank.core.exchange.ExchangeService;
import nl.werkbank.core.hours.CashContributionService;
import nl.werkbank.core.hours.HourlyRates;
import nl.werkbank.core.hours.HoursService;
import nl.werkbank.core.hours.StatementService;
import nl.werkbank.core.learning.LearningNoteService;
import nl.werkbank.core.meetings.AgendaService;
import nl.werkbank.core.meetings.AttendanceService;
import nl.werkbank.core.meetings.CheckInQuestions;
import nl.werkbank.core.meetings.MeetingService;
import nl.werkbank.core.meetings.MeetingSession;
import nl.werkbank.core.meetings.PreparationDefaults;
import nl.werkbank.core.meetings.RoundService;
import nl.werkbank.core.people.OrganizationService;
import nl.werkbank.core.people.PersonService;
import nl.werkbank.core.products.ProductService;
import nl.werkbank.core.storage.Backups;
import nl.werkbank.core.storage.DataTables;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.DatabaseInfo;
import nl.werkbank.core.storage.FileKey;
import nl.werkbank.core.storage.IntegrityCheck;
import nl.werkbank.core.teams.TeamService;
import nl.werkbank.core.today.TodayService;

/** One open Werkbank data folder and the services that work on it. The only entry point the app needs. */
public final class Werkbank implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final OrganizationService organizations;
    private final PersonService people;
    private final TeamService teams;
    private final PreparationDefaults preparationDefaults;
    private final AttendanceService attendance;
    private final MeetingService meetings;
    private final AgendaService agenda;
    private final RoundService rounds;
    private final CheckInQuestions checkInQuestions;
    private final LearningNoteService learningNotes;
    private final HoursService hours;
    private final CashContributionService cash;
    private final StatementService statements;
    private final HourlyRates hourlyRates;
    private final ActionService actions;
    private final DecisionService decisions;
    private final DecisionSteps decisionSteps;
    private final nl.werkbank.core.imports.AttendanceImportService attendanceImport;
    private final ExchangeService exchange;
    private final nl.werkbank.core.exchange.SyncService sync;
    private final Backups backups;
    private final MeetingSession meetingSession;
    private final TodayService today;
    private final ProductService products;
    private final ActivityService activity;

    private Werkbank(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.backups = new Backups(database, clock);
        this.organizations = new OrganizationService(database, clock);
        this.teams = new TeamService(database, clock);
        this.people = new PersonService(database, clock, teams);
        this.preparationDefaults = new PreparationDefaults(database, clock);
        this.attendance = new AttendanceService(database, clock, teams, people, organizations, preparationDefaults);
        this.meetings = new MeetingService(database, clock, attendance);
        this.agenda = new AgendaService(database, clock);
        this.rounds = new RoundService(database, clock);
        this.checkInQuestions = new CheckInQuestions(database, clock, meetings);
        this.learningNotes = new LearningNoteService(database, clock);
        this.hours = new HoursService(database, clock, organizations);
        this.cash = new CashContributionService(database, clock);
        this.statements = new StatementService(database, clock, hours, new nl.werkbank.core.hours.PartnerCommitments(organizations));
        this.hourlyRates = new HourlyRates(database, clock);
        this.actions = new ActionService(database, clock, meetings);
        this.decisionSteps = new DecisionSteps(database, clock, attendance);
        this.decisions = new DecisionService(database, clock, actions, meetings, decisionSteps);
        this.exchange = new ExchangeService(database, clock, backups);
        this.sync = new nl.werkbank.core.exchange.SyncService(database, clock, exchange);
        this.attendanceImport = new nl.werkbank.core.imports.AttendanceImportService(database, clock,
                new nl.werkbank.core.imports.ImportServices(meetings, attendance, people, organizations, backups));
        this.meetingSession = new MeetingSession(database, new MeetingSession.Services(meetings, teams, organizations, people,
                attendance, agenda, learningNotes, rounds, checkInQuestions));
        this.today = new TodayService(database, clock, meetings, actions, teams);
        this.products = new ProductService(database, clock);
        this.activity = new ActivityService(database, new ActivityService.Sources(teams, meetings, decisions, actions,
                learningNotes, products, people, organizations, hours, attendance));
    }

    public static Werkbank open(Path dataDirectory) {
        return open(dataDirectory, Clock.systemDefaultZone());
    }

    public static Werkbank open(Path dataDirectory, Clock clock) {
        return new Werkbank(Database.open(dataDirectory), clock);
    }

    /** Opens a folder encrypted with {@code key} (a new folder is created encrypted with it). */
    public static Werkbank open(Path dataDirectory, FileKey key) {
        return new Werkbank(Database.open(dataDirectory, key), Clock.systemDefaultZone());
    }

    public static Werkbank open(Path dataDirectory, FileKey key, Clock clock) {
        return new Werkbank(Database.open(dataDirectory, key), clock);
    }

    /**
     * Returns at once while the database opens on a thread of its own (the app builds its window meanwhile);
     * the first call that needs the data waits. {@link #opened()} says when it is open or why it could not be.
     */
    public static Werkbank openInBackground(Path dataDirectory, FileKey key) {
        return new Werkbank(Database.openInBackground(dataDirectory, key), Clock.systemDefaultZone());
    }

    public java.util.concurrent.CompletableFuture<Void> opened() {
        return database.opened();
    }

    /** AVG vergetelheid: erase a person (name, texts, votes), keeping their hours anonymous. */
    public nl.werkbank.core.privacy.PersonErasure erasure() {
        return new nl.werkbank.core.privacy.PersonErasure(database, clock);
    }

    /** AVG inzage: everything stored about one person. */
    public nl.werkbank.core.privacy.PersonData personData() {
        return new nl.werkbank.core.privacy.PersonData(database);
    }

    /** Bewaartermijn: remove round texts older than a number of months. */
    public nl.werkbank.core.privacy.RoundRetention roundRetention() {
        return new nl.werkbank.core.privacy.RoundRetention(rounds, clock);
    }

    /** The data key this folder was opened with ({@link FileKey#NONE} without encryption). */
    public FileKey fileKey() {
        return database.fileKey();
    }

    /** Opens a meeting for the meeting screen: one read, nothing written. */
    public MeetingSession meetingSession() {
        return meetingSession;
    }

    /** Producten en publicaties. */
    public ProductService products() {
        return products;
    }

    /** The activity report (inhoudelijke verantwoording). */
    public ActivityService activity() {
        return activity;
    }

    /** The start page's read. */
    public TodayService today() {
        return today;
    }

    public ExchangeService exchange() {
        return exchange;
    }

    /** Sync with a Werkplaats server, where the Werkplaats has one. */
    public nl.werkbank.core.exchange.SyncService sync() {
        return sync;
    }

    /** Presentielijsten from Excel or CSV: read, map, preview, import, undo. */
    public nl.werkbank.core.imports.AttendanceImportService attendanceImport() {
        return attendanceImport;
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

    public PreparationDefaults preparationDefaults() {
        return preparationDefaults;
    }

    public AttendanceService attendance() {
        return attendance;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public AgendaService agenda() {
        return agenda;
    }

    public RoundService rounds() {
        return rounds;
    }

    public CheckInQuestions checkInQuestions() {
        return checkInQuestions;
    }

    public LearningNoteService learningNotes() {
        return learningNotes;
    }

    public HoursService hours() {
        return hours;
    }

    public CashContributionService cash() {
        return cash;
    }

    public StatementService statements() {
        return statements;
    }

    public HourlyRates hourlyRates() {
        return hourlyRates;
    }

    public ActionService actions() {
        return actions;
    }

    public DecisionService decisions() {
        return decisions;
    }

    public DecisionSteps decisionSteps() {
        return decisionSteps;
    }

    /** Backups in the data folder: made, listed, restored. */
    public Backups backups() {
        return backups;
    }

    /** Damage H2 does not report by itself (unreadable pages, references to missing records); empty when sound. */
    public List<Problem> check() {
        return IntegrityCheck.run(database);
    }

    public Database database() {
        return database;
    }

    /** The data folder: the database, its key file, backups and logs. */
    public java.nio.file.Path dataDirectory() {
        return database.directory();
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
