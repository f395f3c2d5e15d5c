package nl.werkbank.app.decisions;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.werkbank.app.i18n.Localization;

/**
 * The entries of one step as a list; entries of earlier rounds are shown muted with their round, so the
 * history stays in view. Delete removes the selected entry.
 */
final class EntryList {

    private EntryList() {
    }

    /** Keeps the selected entry selected (by id) when the list is reloaded after a save. */
    static <T> void keepSelection(ListView<T> list, Function<T, Object> id) {
        Object[] selected = new Object[1];
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selected[0] = id.apply(now);
            }
        });
        list.getItems().addListener((ListChangeListener<T>) change -> {
            if (selected[0] != null && list.getSelectionModel().isEmpty()) {
                list.getItems().stream().filter(item -> id.apply(item).equals(selected[0])).findFirst()
                        .ifPresent(item -> list.getSelectionModel().select(item));
            }
        });
    }

    static <T> ListView<T> of(ObservableList<T> source, Function<T, Integer> round, Function<T, String> text,
                              DecisionViewModel vm, java.util.function.Consumer<T> delete, String placeholderKey) {
        Localization i18n = vm.ui().i18n();
        ListView<T> list = new ListView<>(source);
        list.setPlaceholder(new Label(i18n.tr(placeholderKey)));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("earlier-round");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setWrapText(true);
                Integer itemRound = round.apply(item);
                boolean earlier = itemRound != null && vm.decision().get() != null && itemRound < vm.decision().get().round();
                setText(earlier ? i18n.tr("decision.earlierRound", itemRound, text.apply(item)) : text.apply(item));
                if (earlier) {
                    getStyleClass().add("earlier-round");
                }
            }
        });
        list.setOnKeyPressed(event -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.DELETE && selected != null) {
                delete.accept(selected);
                event.consume();
            }
        });
        // Newest entry in view while the group is talking.
        source.addListener((ListChangeListener<T>) change -> {
            if (!source.isEmpty()) {
                list.scrollTo(source.size() - 1);
            }
        });
        return list;
    }
}
