package nl.werkbank.app.activity;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.hours.Period;
import nl.werkbank.core.learning.FollowUp;
import nl.werkbank.core.learning.FollowUpStatus;
import nl.werkbank.core.learning.LearningForm;
import nl.werkbank.core.learning.LearningLevel;
import nl.werkbank.core.learning.LearningRegisterRow;

/**
 * The leerregister of a period: every learning note with the meeting it came from, filtered by werkteam, level,
 * form, organisation (doorwerking) and follow-up; and where the chosen note landed, recorded below the list.
 */
final class LearningRegisterDialog extends Dialog<Void> {

    private static final String ALL = "";

    private final ActivityViewModel vm;
    private final Localization i18n;
    private final Period period;
    private final ObservableList<LearningRegisterRow> rows = FXCollections.observableArrayList();
    private final FilteredList<LearningRegisterRow> shown = new FilteredList<>(rows);
    private final TableView<LearningRegisterRow> table;
    private final ComboBox<String> team = filter();
    private final ComboBox<String> organization = filter();
    private final ComboBox<LearningLevel> level = new ComboBox<>();
    private final ComboBox<LearningForm> form = new ComboBox<>();
    private final ComboBox<FollowUpStatus> status = new ComboBox<>();
    private final StringProperty error = new SimpleStringProperty();

    LearningRegisterDialog(ActivityViewModel vm, Period period, List<LearningRegisterRow> loaded) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        this.period = period;
        initOwner(vm.ui().window().get());
        setTitle(i18n.tr("learning.register.title", period.label()));
        setResizable(true);
        table = Tables.table(i18n.tr("learning.register.none"));
        table.setId("learning-register");
        column("activity.col.date", row -> i18n.date(row.meetingDate()), 115);
        column("activity.col.team", row -> Objects.toString(row.teamName(), ""), 160);
        column("activity.col.level", row -> i18n.tr(row.note().level()), 110);
        column("activity.col.learningForm", row -> i18n.tr(row.note().form()), 140);
        column("activity.col.organization", row -> Objects.toString(row.organizationName(), ""), 150);
        Tables.wrapping(column("activity.col.note", row -> row.note().text(), 300));
        column("activity.col.followUp", row -> i18n.tr(row.followUp().status()), 130);
        Tables.wrapping(column("activity.col.followUpNote", row -> Objects.toString(row.followUp().note(), ""), 220));
        table.setItems(shown);
        table.setPrefSize(1200, 420);
        level.setId("learning-filter-level");
        form.setId("learning-filter-form");
        status.setId("learning-filter-followup");
        team.setId("learning-filter-team");
        organization.setId("learning-filter-organization");
        enumFilter(level, LearningLevel.values());
        enumFilter(form, LearningForm.values());
        enumFilter(status, FollowUpStatus.values());
        HBox filters = new HBox(8, labelled("activity.col.team", team), labelled("activity.col.level", level),
                labelled("activity.col.learningForm", form), labelled("activity.col.organization", organization),
                labelled("activity.col.followUp", status));
        filters.setAlignment(Pos.BOTTOM_LEFT);
        VBox content = new VBox(10, filters, table, followUpEditor());
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(1240);
        getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().getButtonTypes().add(new ButtonType(i18n.tr("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        fill(loaded, null);
    }

    private VBox followUpEditor() {
        ComboBox<FollowUpStatus> choice = new ComboBox<>(FXCollections.observableArrayList(FollowUpStatus.values()));
        choice.setId("learning-followup-status");
        choice.setConverter(Forms.converter(i18n::tr));
        DateInput since = new DateInput(i18n);
        since.picker().setId("learning-followup-date");
        TextField where = new TextField();
        where.setId("learning-followup-note");
        where.setPromptText(i18n.tr("learning.followUp.prompt"));
        HBox.setHgrow(where, Priority.ALWAYS);
        Button save = new Button(i18n.tr("learning.followUp.save"));
        save.setId("learning-followup-save");
        save.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            error.set(null);
            choice.setValue(row == null ? null : row.followUp().status());
            since.value().set(row == null ? null : row.followUp().date());
            where.setText(row == null ? "" : Objects.toString(row.followUp().note(), ""));
        });
        save.setOnAction(event -> {
            LearningRegisterRow row = table.getSelectionModel().getSelectedItem();
            UUID id = row.note().id();
            vm.saveFollowUp(id, new FollowUp(choice.getValue(), since.value().get(), where.getText()),
                    () -> vm.loadRegister(period, loaded -> fill(loaded, id)),
                    message -> error.set(message));
        });
        Label heading = new Label(i18n.tr("learning.followUp.heading"));
        heading.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        HBox editor = new HBox(8, choice, since.picker(), where, save);
        editor.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, editor, Forms.errorLabel(error));
    }

    /** Shows the register again, keeping the filters and (when given) the note that was just changed. */
    private void fill(List<LearningRegisterRow> loaded, UUID select) {
        rows.setAll(loaded);
        refill(team, loaded.stream().map(LearningRegisterRow::teamName));
        refill(organization, loaded.stream().map(LearningRegisterRow::organizationName));
        applyFilters();
        if (select != null) {
            shown.stream().filter(row -> row.note().id().equals(select)).findFirst()
                    .ifPresent(row -> table.getSelectionModel().select(row));
        }
    }

    private void applyFilters() {
        shown.setPredicate(row -> matches(team, row.teamName()) && matches(organization, row.organizationName())
                && (level.getValue() == null || level.getValue() == row.note().level())
                && (form.getValue() == null || form.getValue() == row.note().form())
                && (status.getValue() == null || status.getValue() == row.followUp().status()));
    }

    private static boolean matches(ComboBox<String> filter, String value) {
        return filter.getValue() == null || filter.getValue().equals(ALL) || filter.getValue().equals(value);
    }

    private ComboBox<String> filter() {
        ComboBox<String> box = new ComboBox<>();
        box.setConverter(Forms.converter(value -> value == null || value.equals(ALL) ? i18n.tr("learning.filter.all") : value));
        box.setPrefWidth(180);
        box.valueProperty().addListener((obs, old, now) -> applyFilters());
        return box;
    }

    private void refill(ComboBox<String> box, java.util.stream.Stream<String> values) {
        String chosen = box.getValue();
        List<String> choices = new java.util.ArrayList<>();
        choices.add(ALL);
        values.filter(Objects::nonNull).distinct().sorted(String.CASE_INSENSITIVE_ORDER).forEach(choices::add);
        box.getItems().setAll(choices);
        box.setValue(choices.contains(chosen) ? chosen : ALL);
    }

    @SafeVarargs
    private <E extends Enum<E>> void enumFilter(ComboBox<E> box, E... values) {
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(Forms.converter(value -> value == null ? i18n.tr("learning.filter.all") : i18n.tr(value)));
        box.setPrefWidth(150);
        box.valueProperty().addListener((obs, old, now) -> applyFilters());
    }

    private VBox labelled(String key, ComboBox<?> box) {
        Label label = new Label(i18n.tr(key));
        label.setLabelFor(box);
        return new VBox(2, label, box);
    }

    private javafx.scene.control.TableColumn<LearningRegisterRow, String> column(String key,
            Function<LearningRegisterRow, String> value, double width) {
        return Tables.column(table, i18n.tr(key), value, width);
    }
}
