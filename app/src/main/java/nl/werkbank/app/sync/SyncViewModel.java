package nl.werkbank.app.sync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.werkbank.app.exchange.ExchangeTexts;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.fx.Job;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.exchange.RemovalsNotAccepted;
import nl.werkbank.core.exchange.SyncResult;
import nl.werkbank.core.exchange.SyncState;
import nl.werkbank.core.server.ServerException;

/**
 * The Werkplaats server as the window sees it: the status bar line (gesynchroniseerd 14:05 / offline, 3 wijzigingen
 * wachten / conflicten), Synchroniseren now, every few minutes on its own while a server is set, and the server and
 * account in Instellingen. Deletions made elsewhere are taken only after the user saw them; the automatic sync never
 * asks (a meeting may be on the beamer), it says so in the status bar and waits for a click.
 */
public final class SyncViewModel {

    /** How often the window syncs on its own while a server is set. */
    static final java.time.Duration EVERY = java.time.Duration.ofMinutes(5);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final UiContext ui;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty configured = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final IntegerProperty conflicts = new SimpleIntegerProperty();
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private Timeline automatic;
    private Runnable onReceived = () -> { };

    public SyncViewModel(UiContext ui) {
        this.ui = ui;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty configured() {
        return configured;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public IntegerProperty conflicts() {
        return conflicts;
    }

    public StringProperty url() {
        return url;
    }

    public StringProperty login() {
        return login;
    }

    public StringProperty password() {
        return password;
    }

    /** Instellingen: the last sync and what waits. */
    public StringProperty details() {
        return details;
    }

    UiContext ui() {
        return ui;
    }

    /** Syncs on its own every {@link #EVERY} while a server is set; the first a minute after the window opens. */
    public void startAutomatic() {
        automatic = new Timeline(new KeyFrame(javafx.util.Duration.minutes(EVERY.toMinutes()), event -> syncNow(false)));
        automatic.setCycleCount(Timeline.INDEFINITE);
        automatic.setDelay(javafx.util.Duration.minutes(1));
        automatic.play();
        refresh();
    }

    public void stopAutomatic() {
        if (automatic != null) {
            automatic.stop();
        }
    }

    /** Reads the stored server, the last sync, what waits and the open conflicts, and says so. */
    public void refresh() {
        BackgroundTask.wrap(() -> {
                    // Without a server nothing is counted: a window opening on a big Werkplaats need not wait for it.
                    Optional<SyncState> state = ui.werkbank().sync().state();
                    return state.isEmpty() ? new Snapshot(state, 0, 0)
                            : new Snapshot(state, ui.werkbank().sync().waiting(), ui.werkbank().exchange().openConflicts().size());
                })
                .onSuccess(this::show)
                .onFailure(e -> status.set(ui.i18n().tr("sync.status.failed", ErrorMessages.describe(e, ui.i18n()))))
                .executeWith(ui.executor());
    }

    private record Snapshot(Optional<SyncState> state, long waiting, int conflicts) {
    }

    private void show(Snapshot snapshot) {
        configured.set(snapshot.state().isPresent());
        conflicts.set(snapshot.conflicts());
        if (snapshot.state().isEmpty()) {
            status.set("");
            details.set(ui.i18n().tr("sync.details.none"));
            return;
        }
        SyncState state = snapshot.state().get();
        if (url.get().isEmpty()) {
            url.set(state.serverUrl());
            login.set(state.login());
        }
        String when = state.lastSyncAt() == null ? ui.i18n().tr("cli.sync.never") : ui.i18n().dateTime(state.lastSyncAt());
        details.set(ui.i18n().tr("sync.details", when, snapshot.waiting()));
        String line = snapshot.waiting() > 0 || state.lastSyncAt() == null
                ? ui.i18n().tr("sync.status.waiting", snapshot.waiting())
                : ui.i18n().tr("sync.status.synced", TIME.format(state.lastSyncAt().atZone(ZoneId.systemDefault())));
        status.set(snapshot.conflicts() > 0 ? line + " · " + ui.i18n().tr("sync.status.conflicts", snapshot.conflicts()) : line);
    }

    /**
     * Syncs now. Asked by the user, a failure is shown and deletions made elsewhere are shown first; on its own, both
     * only go into the status bar (offline is the normal case at a venue).
     */
    public void syncNow(boolean asked) {
        if (busy.get() || !configured.get() && !asked) {
            return;
        }
        sync(asked, false);
    }

    private void sync(boolean asked, boolean removalsAccepted) {
        busy.set(true);
        status.set(ui.i18n().tr("sync.status.busy"));
        Job job = new Job(ui.i18n().tr("sync.job"));
        BackgroundTask.wrap(() -> ui.werkbank().sync().sync(job, removalsAccepted))
                .asJob(job)
                .onSuccess(this::synced)
                .onFailure(e -> failed(e, asked))
                .onFinished(() -> busy.set(false))
                .executeWith(ui.executor());
    }

    /** Called on the FX thread after a sync that brought changes here, so the screen in view can show them. */
    public void onReceived(Runnable action) {
        onReceived = action;
    }

    private void synced(SyncResult result) {
        refresh();
        if (result.received() != null && result.received().changesAnything()) {
            onReceived.run();
        }
        if (result.notPermitted() > 0 || result.clockOffset().abs().compareTo(java.time.Duration.ofMinutes(1)) > 0) {
            StringBuilder said = new StringBuilder();
            if (result.notPermitted() > 0) {
                said.append(ui.i18n().tr("cli.sync.notPermitted", result.notPermitted()));
            }
            SyncTexts.clock(result.clockOffset(), ui.i18n()).ifPresent(line -> said.append(said.isEmpty() ? "" : "\n").append(line));
            ui.dialogs().showInfo(ui.i18n().tr("sync.title"), said.toString());
        }
    }

    private void failed(Exception e, boolean asked) {
        if (e instanceof RemovalsNotAccepted refused) {
            if (!asked) {
                status.set(ui.i18n().tr("sync.status.removals"));
                return;
            }
            String what = new ExchangeTexts(ui.i18n()).removals(refused.wouldBe());
            if (ui.dialogs().confirm(ui.i18n().tr("sync.removals.title"), what, ui.i18n().tr("sync.removals.confirm"))) {
                sync(true, true);
            } else {
                status.set(ui.i18n().tr("sync.status.removals"));
            }
            return;
        }
        if (e instanceof nl.werkbank.core.common.CancelledException) {
            refresh();
            return;
        }
        if (!asked && e instanceof ServerException server && server.key().equals("error.server.unreachable")) {
            refresh();
            BackgroundTask.wrap(() -> ui.werkbank().sync().waiting())
                    .onSuccess(waiting -> status.set(ui.i18n().tr("sync.status.offline", waiting)))
                    .executeWith(ui.executor());
            return;
        }
        status.set(ui.i18n().tr("sync.status.failed", ErrorMessages.describe(e, ui.i18n())));
        if (asked) {
            ui.showFailure(e);
        }
    }

    /** Tries the address and account typed, storing nothing. */
    public void test() {
        String typedUrl = url.get().trim();
        String typedLogin = login.get().trim();
        char[] typed = password.get().toCharArray();
        BackgroundTask.wrap(() -> ui.werkbank().sync().test(typedUrl, typedLogin, typed))
                .onSuccess(kinds -> ui.dialogs().showInfo(ui.i18n().tr("sync.title"), ui.i18n().tr("sync.test.ok", typedLogin)))
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /** Tries and stores the server and account (the password encrypted with the data), then syncs. */
    public void save() {
        String typedUrl = url.get().trim();
        String typedLogin = login.get().trim();
        char[] typed = password.get().toCharArray();
        BackgroundTask.wrap(() -> ui.werkbank().sync().connect(typedUrl, typedLogin, typed))
                .onSuccess(done -> {
                    password.set("");
                    configured.set(true);
                    ui.saveStatus().saved();
                    syncNow(true);
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /** Forgets the server and account on this laptop (the data stays). */
    public void disconnect() {
        if (!ui.dialogs().confirm(ui.i18n().tr("sync.disconnect.title"), ui.i18n().tr("sync.disconnect.question"),
                ui.i18n().tr("sync.disconnect.confirm"))) {
            return;
        }
        BackgroundTask.wrap(() -> ui.werkbank().sync().disconnect())
                .onSuccess(done -> {
                    url.set("");
                    login.set("");
                    refresh();
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }
}
