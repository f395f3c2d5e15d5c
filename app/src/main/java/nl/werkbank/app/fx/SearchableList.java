package nl.werkbank.app.fx;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The left half of a list screen: a search text, the matching rows (loaded in the background on
 * every change) and the selected row, kept selected across reloads by id.
 */
public final class SearchableList<R> {

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<R> items = FXCollections.observableArrayList();
    private final ObjectProperty<R> selected = new SimpleObjectProperty<>();
    /** False until the first load is back: "nothing found" is not said of a list still loading. */
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final Function<String, List<R>> loader;
    private final Function<R, UUID> idOf;
    private final TaskExecutor executor;
    private final Consumer<Exception> onFailure;

    public SearchableList(Function<String, List<R>> loader, Function<R, UUID> idOf, TaskExecutor executor,
                          Consumer<Exception> onFailure) {
        this.loader = loader;
        this.idOf = idOf;
        this.executor = executor;
        this.onFailure = onFailure;
        searchText.addListener((obs, old, now) -> reload());
    }

    public void reload() {
        R current = selected.get();
        reloadAndSelect(current == null ? null : idOf.apply(current));
    }

    /** Reloads and selects the row with {@code id} (if it still matches the search). */
    public void reloadAndSelect(UUID id) {
        String text = searchText.get();
        BackgroundTask.wrap(() -> loader.apply(text))
                .onSuccess(rows -> {
                    if (!Objects.equals(text, searchText.get())) {
                        return; // a newer search is on its way
                    }
                    items.setAll(rows);
                    loaded.set(true);
                    // Keep the selection; with none, show the first row so the screen never opens empty.
                    selected.set(rows.stream().filter(row -> idOf.apply(row).equals(id)).findFirst()
                            .orElse(id == null && !rows.isEmpty() ? rows.get(0) : null));
                })
                .onFailure(e -> {
                    loaded.set(true);
                    onFailure.accept(e);
                })
                .executeWith(executor);
    }

    /** After the selected record was deleted: select nothing, reload (which then shows the first row). */
    public void selectedDeleted() {
        selected.set(null);
        reloadAndSelect(null);
    }

    public StringProperty searchText() {
        return searchText;
    }

    public ObservableList<R> items() {
        return items;
    }

    public ObjectProperty<R> selected() {
        return selected;
    }

    public ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }

    public UUID selectedId() {
        return selected.get() == null ? null : idOf.apply(selected.get());
    }
}
