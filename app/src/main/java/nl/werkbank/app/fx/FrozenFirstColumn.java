package nl.werkbank.app.fx;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A wide table whose first column stays in view while the others scroll sideways (TableView cannot freeze a
 * column): the first column is a table of its own beside the rest, with the same rows, the same selection and the
 * same vertical scrolling. Both tables use one fixed row height, so their rows stay level.
 */
public final class FrozenFirstColumn {

    private static final double ROW_HEIGHT = 30;

    private FrozenFirstColumn() {
    }

    /**
     * Moves {@code table}'s first column into a table of its own, {@code frozenId}, to the left of it; returns
     * the two side by side. Enter or a double-click on a name does {@code open}, as on the wide table. Call after
     * the columns and items are set.
     */
    public static <R> Node of(TableView<R> table, String frozenId, java.util.function.Consumer<R> open) {
        TableColumn<R, ?> first = table.getColumns().remove(0);
        TableView<R> frozen = new TableView<>(table.getItems());
        frozen.setId(frozenId);
        frozen.getColumns().add(first);
        frozen.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        frozen.setPlaceholder(new javafx.scene.control.Label());
        frozen.setPrefWidth(first.getPrefWidth() + 2);
        frozen.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        frozen.setFocusTraversable(false);
        frozen.getStyleClass().add("frozen-column");
        frozen.setRowFactory(table.getRowFactory());
        Tables.onOpen(frozen, open);
        table.itemsProperty().addListener((obs, old, now) -> frozen.setItems(now));
        frozen.setFixedCellSize(ROW_HEIGHT);
        table.setFixedCellSize(ROW_HEIGHT);

        // One selection: a click in either table selects the row in both; keys keep working in the wide table.
        frozen.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0 && table.getSelectionModel().getSelectedIndex() != now.intValue()) {
                table.getSelectionModel().clearAndSelect(now.intValue());
                table.requestFocus();
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() < 0) {
                frozen.getSelectionModel().clearSelection();
            } else if (frozen.getSelectionModel().getSelectedIndex() != now.intValue()) {
                frozen.getSelectionModel().clearAndSelect(now.intValue());
                frozen.scrollTo(now.intValue());
            }
        });
        table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(() -> linkScrolling(table, frozen)));
        frozen.skinProperty().addListener((obs, old, skin) -> Platform.runLater(() -> linkScrolling(table, frozen)));

        HBox both = new HBox(frozen, table);
        HBox.setHgrow(table, Priority.ALWAYS);
        return both;
    }

    /**
     * The frozen table scrolls with the wide one (its own bar is hidden), and is as much shorter at the bottom as
     * the wide one's sideways bar takes, so the last rows line up too.
     */
    private static void linkScrolling(TableView<?> table, TableView<?> frozen) {
        ScrollBar main = bar(table, Orientation.VERTICAL);
        ScrollBar mine = bar(frozen, Orientation.VERTICAL);
        ScrollBar sideways = bar(table, Orientation.HORIZONTAL);
        if (main == null || mine == null || mine.getProperties().containsKey(FrozenFirstColumn.class)) {
            return;
        }
        mine.getProperties().put(FrozenFirstColumn.class, Boolean.TRUE);
        mine.valueProperty().bindBidirectional(main.valueProperty());
        mine.setOpacity(0);
        mine.setMouseTransparent(true);
        mine.setPrefWidth(0);
        mine.setMaxWidth(0);
        if (sideways != null) {
            javafx.beans.value.ChangeListener<Object> pad = (obs, old, now) -> frozen.setPadding(
                    new javafx.geometry.Insets(0, 0, sideways.isVisible() ? sideways.getHeight() : 0, 0));
            sideways.visibleProperty().addListener(pad);
            sideways.heightProperty().addListener(pad);
            pad.changed(null, null, null);
        }
    }

    private static ScrollBar bar(TableView<?> table, Orientation orientation) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == orientation) {
                return bar;
            }
        }
        return null;
    }
}
