package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.FxTaskExecutor;
import nl.werkbank.app.fx.Job;
import nl.werkbank.app.fx.TaskExecutor;
import nl.werkbank.core.Werkbank;
import nl.werkbank.bench.BigWerkplaats;
import nl.werkbank.core.exchange.ExportOptions;
import nl.werkbank.core.teams.Team;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A coordinator imports a whole Werkplaats (tens of seconds on a big one) and goes on editing meanwhile: the
 * import runs as a job beside the saves, so an autosave is not kept waiting behind it; the import shows how far it
 * is and can be stopped, and a stopped import changes nothing. Runs on the real threads, not on the FX thread.
 */
class ImportBesideSavesScreenTest extends UiTestBase {

    private final FxTaskExecutor threads = new FxTaskExecutor(CompletableFuture.completedFuture(null));
    private Path big;
    private Team local;

    @Override
    TaskExecutor executor() {
        return threads;
    }

    @Override
    void prepare(Werkbank werkbank) {
        big = folder.resolve("groot.werkbank");
        try (Werkbank source = Werkbank.open(folder.resolve("bron"))) {
            new BigWerkplaats().generate(source.database(), new BigWerkplaats.Size(40, 400, 8, 1_500, 30_000, 5));
            source.exchange().export(big, ExportOptions.everything());
        }
        local = werkbank.teams().create("Werkteam Vroeg Erop Af", false);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdown();
    }

    @Test
    void anAutosaveDuringAnImportIsNotKeptWaiting() throws Exception {
        interact(() -> window.openExchangeFile(big));
        waitFor(60, () -> lookup("#exchange-preview").query().isVisible());
        clickOn("#exchange-apply");
        waitFor(30, () -> running() != null && running().progress().get() > 0);

        List<Long> millis = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String name = "Werkteam Vroeg Erop Af " + i;
            CountDownLatch saved = new CountDownLatch(1);
            long start = System.nanoTime();
            threads.execute(BackgroundTask.wrap(() -> werkbank.teams().save(
                    werkbank.teams().get(local.id()).with(name, null, null, null, null, null, null), false)).onSuccess(team -> saved.countDown()));
            assertThat(saved.await(10, TimeUnit.SECONDS)).isTrue();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        boolean importStillRunning = running() != null;
        System.out.println("autosaves during the import (ms): " + millis);
        assertThat(importStillRunning).as("the saves were made while the import ran").isTrue();
        assertThat(millis.stream().sorted().toList().get(2)).as("median of " + millis).isLessThanOrEqualTo(200);

        waitFor(120, () -> text("#exchange-import-message").startsWith("Ingelezen."));
        assertThat(werkbank.teams().get(local.id()).name()).isEqualTo("Werkteam Vroeg Erop Af 5");
        assertThat(werkbank.info().recordCounts().get("attendance")).isEqualTo(30_000L);
        assertThat(lookup("#job-status").query().isVisible()).as("the status bar no longer shows the job").isFalse();
    }

    @Test
    void aStoppedImportChangesNothing() throws Exception {
        Map<String, Long> before = werkbank.info().recordCounts();
        interact(() -> window.openExchangeFile(big));
        waitFor(60, () -> lookup("#exchange-preview").query().isVisible());
        clickOn("#exchange-apply");
        waitFor(30, () -> running() != null && running().progress().get() > 0);
        assertThat(lookup("#job-status").query().isVisible()).as("the status bar shows the import").isTrue();
        Screenshots.capture("exchange-import-running");
        clickOn("#exchange-stop");

        waitFor(60, () -> text("#exchange-import-message").equals("Gestopt: er is niets veranderd."));
        assertThat(werkbank.info().recordCounts()).isEqualTo(before);
        assertThat(folder.resolve("pending-action.properties")).doesNotExist();
        assertThat(lookup("#exchange-import-message").query().getStyleClass()).doesNotContain("danger");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    private Job running() {
        return threads.runningJob().get();
    }

    private void waitFor(int seconds, java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("not reached within " + seconds + " s", e);
        }
    }
}
