package nl.werkbank.app.fx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.common.DuplicateNameException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;

/**
 * A small form in a dialog. "Opslaan" saves in the background and closes only when the save worked;
 * otherwise each problem appears under its field and everything typed stays where it is.
 *
 * @param <I> what the form produces (the record to save)
 * @param <R> what the save returns
 */
public abstract class FormDialog<I, R> extends Dialog<R> {

    protected final Localization i18n;
    protected final FieldErrors errors = new FieldErrors();
    protected final GridPane grid = Forms.grid();
    private final ButtonType saveType;
    /** Shown after a duplicate-name warning: ticking it saves the name anyway. */
    private final CheckBox confirmDuplicate = new CheckBox();
    private final Map<String, DateInput> dates = new LinkedHashMap<>();
    private R saved;

    protected FormDialog(Window owner, Localization i18n, String title) {
        this.i18n = i18n;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(title);
        setHeaderText(title);
        setResizable(true);
        saveType = new ButtonType(i18n.tr("button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(saveType, cancel);
        confirmDuplicate.setText(i18n.tr("duplicate.keepCheckbox"));
        confirmDuplicate.setVisible(false);
        confirmDuplicate.managedProperty().bind(confirmDuplicate.visibleProperty());
        getDialogPane().setContent(new VBox(10, grid, confirmDuplicate, Forms.errorLabel(errors.general())));
        getDialogPane().setPrefWidth(520);
        Theme.apply(getDialogPane());
        // Grow with the error messages, so the buttons never drop out of sight.
        errors.general().addListener((obs, old, now) -> fitToContent());
        setResultConverter(button -> button == saveType ? saved : null);
        // Ctrl+Enter saves from anywhere, also from a text area where Enter starts a new line.
        getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && event.isShortcutDown()) {
                ((Button) getDialogPane().lookupButton(saveType)).fire();
                event.consume();
            }
        });
    }

    /**
     * Wires "Opslaan": {@code read} turns the inputs into a record (throwing ValidationException for
     * what it can check itself), {@code save} stores it.
     */
    protected final void onSave(TaskExecutor executor, Supplier<I> read, Function<I, R> save) {
        Button button = (Button) getDialogPane().lookupButton(saveType);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            I input;
            try {
                input = read.get();
            } catch (ValidationException e) {
                errors.show(e, i18n);
                return;
            }
            button.setDisable(true);
            BackgroundTask.wrap(() -> save.apply(input))
                    .onSuccess(result -> {
                        saved = result;
                        setResult(result);
                        close();
                    })
                    .onFailure(e -> {
                        if (e instanceof DuplicateNameException duplicate) {
                            errors.show(duplicate, i18n);
                            confirmDuplicate.setVisible(true);
                        } else if (e instanceof ValidationException validation) {
                            errors.show(validation, i18n);
                        } else {
                            errors.general().set(ErrorMessages.describe(e, i18n));
                        }
                    })
                    .onFinished(() -> button.setDisable(false))
                    .executeWith(executor);
        });
    }

    private void fitToContent() {
        Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    /** True when the user confirmed that a duplicate name is intended. */
    protected final boolean allowDuplicateName() {
        return confirmDuplicate.isVisible() && confirmDuplicate.isSelected();
    }

    /** Adds a row to the form (label, input, error under the input). */
    protected final void row(String field, String labelKey, Node input) {
        if (input instanceof javafx.scene.control.TextArea area) {
            Keys.tabMovesFocus(area);
        }
        Forms.row(grid, i18n.tr(labelKey), input, errors.of(field));
        errors.of(field).addListener((obs, old, now) -> fitToContent());
    }

    /** Adds a date row; its typed text is checked by {@link #checkDates()}. */
    protected final DateInput dateRow(String field, String labelKey, LocalDate initial) {
        DateInput input = new DateInput(i18n);
        input.value().set(initial);
        input.error().addListener((obs, old, now) -> errors.of(field).set(now));
        dates.put(field, input);
        row(field, labelKey, input.picker());
        return input;
    }

    /** Reads what is typed in every date row; refuses dates it cannot read, naming the text that was typed. */
    protected final void checkDates() {
        List<Problem> problems = new ArrayList<>();
        dates.forEach((field, input) -> {
            input.commitTypedText();
            if (input.error().get() != null) {
                problems.add(Problem.of(field, "error.date.invalid", input.picker().getEditor().getText().strip()));
            }
        });
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** A muted hint under the last row. */
    protected final void hint(String key) {
        grid.add(Forms.muted(new Label(i18n.tr(key))), 1, grid.getRowCount());
    }

    protected void focusOnShow(Node node) {
        setOnShown(event -> Platform.runLater(node::requestFocus));
    }
}
