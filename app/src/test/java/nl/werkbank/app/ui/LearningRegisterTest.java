package nl.werkbank.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.learning.FollowUpStatus;
import nl.werkbank.core.learning.LearningLevel;
import nl.werkbank.core.learning.LearningRegisterRow;
import org.junit.jupiter.api.Test;

/**
 * The coordinator opens the leerregister of the half-year, narrows it to what landed in organisations, and records
 * where an open note landed; the register and the activity report show it.
 */
class LearningRegisterTest extends UiTestBase {

    @Override
    void prepare(Werkbank werkbank) {
        DemoWerkplaats.load(werkbank, false);
    }

    @Test
    void filtersNarrowTheRegisterAndAFollowUpIsKept() {
        clickOn("#nav-reports");
        clickOn("#reports-tab-activities");
        waitUntil(() -> !lookup("#activity-learning").query().isDisabled());
        // A half-year with team meetings, so with learning notes.
        clickOn("#reports-previous");
        Period shown = werkbank.hours().halfYearsWithLines().get(0).shiftHalfYear(-1);
        List<LearningRegisterRow> all = werkbank.learningNotes().register(shown.from(), shown.to());
        assertThat(all).isNotEmpty();
        waitUntil(() -> lookup("#activity-summary").queryAs(javafx.scene.control.Label.class).getText()
                .contains(all.size() + " leernotities"));
        clickOn("#activity-learning");
        waitUntil(() -> lookup("#learning-register").tryQuery().isPresent());
        TableView<?> register = lookup("#learning-register").queryTableView();
        assertThat(register.getItems()).hasSize(all.size());

        // Narrow it to the level most notes of the half-year have.
        LearningLevel most = all.stream().collect(java.util.stream.Collectors.groupingBy(row -> row.note().level(),
                java.util.stream.Collectors.counting())).entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .orElseThrow().getKey();
        // Chosen on the box itself: the level's word is also in the table's cells.
        ComboBox<LearningLevel> level = lookup("#learning-filter-level").queryComboBox();
        interact(() -> level.getSelectionModel().select(most));
        long ofThatLevel = all.stream().filter(row -> row.note().level() == most).count();
        assertThat(register.getItems()).hasSize((int) ofThatLevel).hasSizeLessThan(all.size());

        interact(() -> register.getSelectionModel().select(0));
        LearningRegisterRow chosen = (LearningRegisterRow) register.getSelectionModel().getSelectedItem();
        ComboBox<FollowUpStatus> status = lookup("#learning-followup-status").queryComboBox();
        interact(() -> status.getSelectionModel().select(FollowUpStatus.EMBEDDED));
        replaceText(lookup("#learning-followup-date").queryAs(DatePicker.class).getEditor(), "01-06-2022");
        replaceText(lookup("#learning-followup-note").queryAs(javafx.scene.control.TextField.class),
                "Vast onderdeel van het inwerkprogramma");
        clickOn("#learning-followup-save");
        waitUntil(() -> werkbank.learningNotes().register(shown.from(), shown.to()).stream()
                .anyMatch(row -> row.note().id().equals(chosen.note().id()) && row.followUp().status() == FollowUpStatus.EMBEDDED));
        Screenshots.capture("learning-register");

        LearningRegisterRow saved = werkbank.learningNotes().register(shown.from(), shown.to()).stream()
                .filter(row -> row.note().id().equals(chosen.note().id())).findFirst().orElseThrow();
        assertThat(saved.followUp().date()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(saved.followUp().note()).isEqualTo("Vast onderdeel van het inwerkprogramma");
        ComboBox<FollowUpStatus> followUp = lookup("#learning-filter-followup").queryComboBox();
        interact(() -> followUp.getSelectionModel().select(FollowUpStatus.EMBEDDED));
        waitUntil(() -> register.getItems().stream().anyMatch(item -> ((LearningRegisterRow) item).note().id().equals(chosen.note().id())));
        assertThat(register.getItems()).allSatisfy(item ->
                assertThat(((LearningRegisterRow) item).followUp().status()).isEqualTo(FollowUpStatus.EMBEDDED));
    }
}
