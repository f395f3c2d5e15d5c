package nl.werkbank.app.fx;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import nl.werkbank.app.i18n.Localization;
import org.kordamp.ikonli.feather.Feather;

/** Read-only tables with text columns; Enter or double-click opens the row. */
public final class Tables {

    private Tables() {
    }

    public static <R> TableView<R> table(String placeholder) {
        TableView<R> table = new TableView<>();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(placeholder);
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(12));
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        table.setPlaceholder(empty);
        return table;
    }

    public static <R> TableColumn<R, String> column(TableView<R> table, String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        table.getColumns().add(column);
        return column;
    }

    /**
     * Long texts in {@code column} wrap onto more lines (the row grows) instead of ending in "…": descriptions and
     * questions are read whole, also on a 1366 screen.
     */
    public static <R> TableColumn<R, String> wrapping(TableColumn<R, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(column.widthProperty().subtract(16));
                text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                // The row grows or shrinks with the column: measure again when the width changes.
                column.widthProperty().addListener(width -> {
                    requestLayout();
                    if (getTableRow() != null) {
                        getTableRow().requestLayout();
                    }
                });
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }

            /** As tall as the text needs at the column's width (the row follows its tallest cell). */
            @Override
            protected double computePrefHeight(double width) {
                if (getGraphic() == null) {
                    return super.computePrefHeight(width);
                }
                // The width the label gets: its column's room, never more than its own maximum.
                double inside = Math.min(column.getWidth() - snappedLeftInset() - snappedRightInset(), text.getMaxWidth());
                return snappedTopInset() + text.prefHeight(Math.max(20, inside)) + snappedBottomInset();
            }
        });
        return column;
    }

    /** Shows the list's rows and keeps the table's selection and the list's selected row the same. */
    public static <R> void bind(TableView<R> table, SearchableList<R> list) {
        table.setItems(list.items());
        if (table.getPlaceholder() != null) {
            table.getPlaceholder().visibleProperty().bind(list.loaded());
        }
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                list.selected().set(now);
            }
        });
        list.selected().addListener((obs, old, now) -> {
            if (!Objects.equals(table.getSelectionModel().getSelectedItem(), now)) {
                table.getSelectionModel().select(now);
            }
        });
    }

    /** A button that acts on the selected row, and is disabled while no row is selected. */
    public static <R> Button rowButton(TableView<R> table, Feather icon, String text, Consumer<R> action) {
        Button button = MasterDetail.iconButton(icon, text);
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(event -> action.accept(table.getSelectionModel().getSelectedItem()));
        return button;
    }

    /**
     * The actions above a sub-table: add (id {@code addId}), and edit and delete for the selected row. Enter or
     * double-click on a row also edits it.
     */
    public static <R> Button[] editActions(TableView<R> table, String addId, String addText, Runnable add, Consumer<R> edit,
                                           Consumer<R> delete, Localization i18n) {
        Button addButton = MasterDetail.iconButton(Feather.PLUS, addText);
        addButton.setId(addId);
        addButton.setOnAction(event -> add.run());
        onOpen(table, edit);
        return new Button[] {addButton, rowButton(table, Feather.EDIT_2, i18n.tr("button.edit"), edit),
            rowButton(table, Feather.TRASH_2, i18n.tr("button.delete"), delete)};
    }

    /**
     * Keeps a row selected while the list is reloaded or a row replaced (a save replaces it), so row keys keep
     * working without a click: the same record again, else the same position, else the first row.
     */
    public static <R, K> void keepSelection(TableView<R> table, Function<R, K> id) {
        Object[] last = new Object[2];
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0 && table.getSelectionModel().getSelectedItem() != null) {
                last[0] = id.apply(table.getSelectionModel().getSelectedItem());
                last[1] = now.intValue();
            }
        });
        javafx.collections.ListChangeListener<R> reselect = change -> javafx.application.Platform.runLater(() -> {
            if (!table.getSelectionModel().isEmpty() || table.getItems().isEmpty()) {
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (Objects.equals(id.apply(table.getItems().get(i)), last[0])) {
                    table.getSelectionModel().select(i);
                    return;
                }
            }
            int index = last[1] == null ? 0 : Math.min((Integer) last[1], table.getItems().size() - 1);
            table.getSelectionModel().select(index);
        });
        table.getItems().addListener(reselect);
        table.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(reselect);
            }
            if (now != null) {
                now.addListener(reselect);
            }
        });
        // Focus arriving by Tab or a step key lands on a row, so the row keys act at once.
        table.focusedProperty().addListener((obs, was, now) -> {
            if (now && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
    }

    public static <R> void onOpen(TableView<R> table, Consumer<R> open) {
        table.setOnMouseClicked(event -> {
            R row = table.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && row != null) {
                open.accept(row);
            }
        });
        table.setOnKeyPressed(event -> {
            R row = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && row != null) {
                open.accept(row);
                event.consume();
            }
        });
    }

    /**
     * Gives every row the height the first filled row was laid out with. With a fixed height the table's VirtualFlow
     * no longer measures each row as it scrolls, which is most of the work of a key that moves the list by a row; the
     * height is taken from the screen, so it follows the font and theme instead of being a number here.
     */
    public static <R> void fixRowHeightOnceShown(TableView<R> table) {
        table.setRowFactory(view -> {
            TableRow<R> row = new TableRow<>();
            row.heightProperty().addListener((obs, old, now) -> {
                if (table.getFixedCellSize() <= 0 && !row.isEmpty() && now.doubleValue() > 0) {
                    table.setFixedCellSize(now.doubleValue());
                }
            });
            return row;
        });
    }
}
