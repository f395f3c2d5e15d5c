package nl.werkbank.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A list still loading (the database may still be opening at start-up) does not yet claim to be empty. */
class SearchableListTest {

    /** Holds tasks until told to run them, as the storage thread does while the database opens. */
    private static final class HeldExecutor implements TaskExecutor {
        private final Deque<Runnable> held = new ArrayDeque<>();
        private final CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            held.add(() -> now.execute(task));
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }

        @Override
        public javafx.beans.property.ReadOnlyObjectProperty<Job> runningJob() {
            return now.runningJob();
        }

        @Override
        public void shutdown() {
        }
    }

    private record Row(UUID id, String name) {
    }

    @Test
    void itSaysItHasLoadedOnlyWhenTheFirstLoadIsBackEvenIfNothingWasFound() {
        HeldExecutor executor = new HeldExecutor();
        SearchableList<Row> list = new SearchableList<>(text -> List.of(), Row::id, executor, e -> { });
        list.reload();
        assertThat(list.loaded().get()).isFalse();
        executor.runAll();
        assertThat(list.loaded().get()).isTrue();
        assertThat(list.items()).isEmpty();
    }

    @Test
    void aFailedLoadAlsoEndsTheLoadingAndIsReported() {
        HeldExecutor executor = new HeldExecutor();
        List<Exception> reported = new java.util.ArrayList<>();
        SearchableList<Row> list = new SearchableList<>(text -> {
            throw new IllegalStateException("database locked");
        }, Row::id, executor, reported::add);
        list.reload();
        executor.runAll();
        assertThat(list.loaded().get()).isTrue();
        assertThat(reported).hasSize(1);
    }
}
