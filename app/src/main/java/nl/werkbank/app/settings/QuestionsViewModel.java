package nl.werkbank.app.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.meetings.Question;

/** The question library in Instellingen: check-in or uitcheck questions, add, change, set aside and take back. */
public final class QuestionsViewModel {

    private final UiContext ui;
    private final ObjectProperty<Question.Kind> kind = new SimpleObjectProperty<>(Question.Kind.CHECK_IN);
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    /** Why the last change was refused, shown under the text field; empty when it worked. */
    private final StringProperty error = new SimpleStringProperty("");

    public QuestionsViewModel(UiContext ui) {
        this.ui = ui;
        kind.addListener((obs, old, now) -> {
            error.set("");
            load();
        });
    }

    void load() {
        Question.Kind shown = kind.get();
        BackgroundTask.wrap(() -> ui.werkbank().checkInQuestions().library(shown))
                .onSuccess(questions::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    void add(String text, Runnable done) {
        Question.Kind shown = kind.get();
        change(() -> ui.werkbank().checkInQuestions().add(shown, text), done);
    }

    void rename(Question question, String text, Runnable done) {
        change(() -> {
            ui.werkbank().checkInQuestions().change(question.id(), text);
            return question;
        }, done);
    }

    void retire(Question question, boolean retired) {
        change(() -> {
            ui.werkbank().checkInQuestions().retire(question.id(), retired);
            return question;
        }, () -> { });
    }

    private void change(java.util.concurrent.Callable<Question> work, Runnable done) {
        error.set("");
        BackgroundTask.wrap(work)
                .onSuccess(changed -> {
                    ui.saveStatus().saved();
                    load();
                    done.run();
                })
                .onFailure(e -> {
                    if (e instanceof ValidationException) {
                        error.set(ErrorMessages.describe(e, ui.i18n()));
                    } else {
                        ui.showFailure(e);
                    }
                })
                .executeWith(ui.executor());
    }

    ObjectProperty<Question.Kind> kind() {
        return kind;
    }

    ObservableList<Question> questions() {
        return questions;
    }

    StringProperty error() {
        return error;
    }

    UiContext ui() {
        return ui;
    }
}
