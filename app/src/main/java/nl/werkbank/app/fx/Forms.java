package nl.werkbank.app.fx;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Builds form rows the same way everywhere: label, input, and the input's error right below it. */
public final class Forms {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private Forms() {
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        // As wide as the longest label: the inputs give way, a label is never cut ("Minuten eerde…").
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }

    /** Adds "label | input + error" as the next row; the label is linked to the input for screen readers and mnemonics. */
    public static void row(GridPane grid, String labelText, Node input, StringProperty error) {
        int row = grid.getRowCount();
        Label label = new Label(labelText);
        label.setLabelFor(input);
        label.setMnemonicParsing(true);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(withError(input, error), 1, row);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
    }

    /** The input with its error message underneath; the input turns red while there is an error. */
    public static VBox withError(Node input, StringProperty error) {
        Label message = errorLabel(error);
        error.addListener((obs, old, now) -> input.pseudoClassStateChanged(DANGER, now != null));
        input.pseudoClassStateChanged(DANGER, error.get() != null);
        VBox box = new VBox(3, input, message);
        return box;
    }

    public static Label errorLabel(StringProperty error) {
        Label message = new Label();
        message.textProperty().bind(error);
        message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "field-error");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // grow to show every wrapped line
        message.visibleProperty().bind(error.isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /**
     * Binds a text input to a form property and saves when the user leaves it or presses Enter
     * (TextArea: when left): a crash loses at most the field being typed.
     */
    public static <T extends TextInputControl> T committing(T input, StringProperty property, Runnable commit) {
        input.textProperty().bindBidirectional(property);
        input.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        if (input instanceof TextField field) {
            field.addEventHandler(javafx.event.ActionEvent.ACTION, event -> commit.run());
        }
        return input;
    }

    /** Shows values with {@code text}; for read-only choice boxes (fromString is never used). */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choice boxes are not editable");
            }
        };
    }

    /** Secondary text: muted and wrapped, never cut off. */
    public static <T extends Labeled> T muted(T labeled) {
        labeled.getStyleClass().add(Styles.TEXT_MUTED);
        labeled.setWrapText(true);
        labeled.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return labeled;
    }
}
