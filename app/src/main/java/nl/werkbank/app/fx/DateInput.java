package nl.werkbank.app.fx;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import nl.werkbank.app.i18n.Localization;

/**
 * A date picker that shows and reads dd-MM-yyyy. Typed text it cannot read leaves the date as it was
 * and sets {@link #error()} with the text that was typed, so nothing is silently lost.
 */
public final class DateInput {

    private final DatePicker picker = new DatePicker();
    private final StringProperty error = new SimpleStringProperty();

    public DateInput(Localization i18n) {
        picker.setPromptText(i18n.tr("date.prompt"));
        picker.setPrefWidth(150);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return i18n.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    error.set(null);
                    return null;
                }
                return DateText.parse(text).map(date -> {
                    error.set(null);
                    return date;
                }).orElseGet(() -> {
                    error.set(i18n.tr("error.date.invalid", text.strip()));
                    return picker.getValue();
                });
            }
        });
    }

    public DatePicker picker() {
        return picker;
    }

    public ObjectProperty<LocalDate> value() {
        return picker.valueProperty();
    }

    /** The message for unreadable typed text, or null. */
    public StringProperty error() {
        return error;
    }

    /** Reads what is typed right now (the picker only commits on Enter or focus loss). */
    public void commitTypedText() {
        String typed = picker.getEditor().getText();
        LocalDate parsed = picker.getConverter().fromString(typed);
        if (error.get() == null) {
            picker.setValue(parsed);
        }
    }
}
