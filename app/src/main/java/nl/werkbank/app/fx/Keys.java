package nl.werkbank.app.fx;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.CheckListView;

/** Keyboard behaviour the standard controls lack, so a meeting can be run without a mouse. */
public final class Keys {

    private Keys() {
    }

    /**
     * Tab leaves a text area instead of typing a tab character (nobody means a tab in a note); Shift+Tab goes
     * back. The text area's own binding for Ctrl+Tab does the moving.
     */
    public static void tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true, false, false));
            }
        });
    }

    /** Space ticks or unticks the row with the keyboard focus; arriving on the list focuses its first row. */
    public static <T> void spaceTicks(CheckListView<T> list) {
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int index = list.getFocusModel().getFocusedIndex();
            if (event.getCode() == KeyCode.SPACE && index >= 0) {
                T item = list.getItems().get(index);
                if (list.getCheckModel().isChecked(item)) {
                    list.getCheckModel().clearCheck(item);
                } else {
                    list.getCheckModel().check(item);
                }
                event.consume();
            }
        });
        focusFirstRow(list);
    }

    /** A list reached by Tab has its first row focused and selected, so arrow keys and Space act at once. */
    public static void focusFirstRow(ListView<?> list) {
        list.focusedProperty().addListener((obs, was, now) -> {
            if (now && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
                list.getFocusModel().focus(0);
            }
        });
    }

    /** Alt+{@code code} anywhere inside {@code node} runs {@code action}; works while typing in a field too. */
    public static void alt(Node node, KeyCode code, Runnable action) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && !event.isShortcutDown() && event.getCode() == code) {
                action.run();
                event.consume();
            }
        });
    }

    /** Ctrl+Enter inside {@code node} runs {@code action} (Enter alone may start a new line there). */
    public static void shortcutEnter(Node node, Runnable action) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                action.run();
                event.consume();
            }
        });
    }

    /** True when keys typed now go into a text: single-letter shortcuts must leave them alone. */
    public static boolean typing(Node focusOwner) {
        return focusOwner instanceof javafx.scene.control.TextInputControl
                || focusOwner instanceof javafx.scene.control.ComboBoxBase<?> box && box.isEditable();
    }
}
