package nl.werkbank.app.meetings;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.Venue;
import org.kordamp.ikonli.feather.Feather;

/** Voorbereiding: facts of the meeting, the check-in question, headcount (public meetings) and the agenda. */
final class PreparationStep implements StepView {

    private final MeetingViewModel vm;
    private final Localization i18n;
    private final ScrollPane root;

    PreparationStep(MeetingViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        VBox content = new VBox(8, facts(), headcount(), new AgendaEditor(vm).node());
        content.setPadding(new Insets(12, 16, 16, 16));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
    }

    private Node facts() {
        MeetingEditor editor = vm.editor();
        ComboBox<MeetingType> type = new ComboBox<>();
        type.getItems().setAll(MeetingType.values());
        type.setConverter(Forms.converter(i18n::tr));
        type.valueProperty().bindBidirectional(editor.type);
        TextField title = Forms.committing(new TextField(), editor.title, editor::commit);
        title.setPromptText(i18n.tr("meeting.title.prompt"));
        DateInput date = new DateInput(i18n);
        date.value().bindBidirectional(editor.date);
        date.error().addListener((obs, old, now) -> editor.errors().of("date").set(now));
        TextField start = Forms.committing(new TextField(), editor.start, editor::commit);
        start.setId("meeting-start");
        start.setPrefColumnCount(5);
        TextField end = Forms.committing(new TextField(), editor.end, editor::commit);
        end.setId("meeting-end");
        end.setPrefColumnCount(5);
        ComboBox<MeetingMode> mode = new ComboBox<>();
        mode.getItems().setAll(MeetingMode.values());
        mode.setConverter(Forms.converter(i18n::tr));
        mode.valueProperty().bindBidirectional(editor.mode);
        ComboBox<Venue> venue = new ComboBox<>(vm.venues());
        venue.setMaxWidth(Double.MAX_VALUE);
        venue.setConverter(Forms.converter(v -> v == null ? "" : v.address() == null ? v.name() : v.name() + " · " + v.address()));
        venue.valueProperty().addListener((obs, old, now) -> editor.venueId.set(now == null ? null : now.id()));
        Runnable showVenue = () -> venue.setValue(vm.venues().stream()
                .filter(v -> Objects.equals(v.id(), editor.venueId.get())).findFirst().orElse(null));
        editor.venueId.addListener((obs, old, now) -> showVenue.run());
        vm.venues().addListener((javafx.collections.ListChangeListener<Venue>) change -> showVenue.run());
        showVenue.run();
        TextArea goals = Forms.committing(new TextArea(), editor.goals, editor::commit);
        goals.setWrapText(true);
        goals.setPrefRowCount(2);
        TextField question = Forms.committing(new TextField(), editor.question, editor::commit);
        question.setId("meeting-question");
        Button other = MasterDetail.iconButton(Feather.REFRESH_CW, i18n.tr("round.otherQuestion"));
        other.setOnAction(event -> vm.otherQuestion());
        HBox questionRow = new HBox(8, question, other);
        HBox.setHgrow(question, javafx.scene.layout.Priority.ALWAYS);
        // The uitcheck question: empty is the standard one; the library's questions are offered, any text can be typed.
        ComboBox<String> checkOut = new ComboBox<>(vm.checkOutQuestions());
        checkOut.setId("meeting-checkout-question");
        checkOut.setEditable(true);
        checkOut.setMaxWidth(Double.MAX_VALUE);
        checkOut.setPromptText(i18n.tr("meeting.checkOutQuestion.prompt"));
        Forms.committing(checkOut.getEditor(), editor.checkOutQuestion, editor::commit);
        checkOut.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(editor.checkOutQuestion.get())) {
                editor.checkOutQuestion.set(now);
                editor.commit();
            }
        });
        Label dash = new Label("–");
        dash.setPadding(new Insets(6, 0, 0, 0));
        HBox times = new HBox(8, Forms.withError(start, editor.errors().of("start")), dash,
                Forms.withError(end, editor.errors().of("end")));

        GridPane grid = Forms.grid();
        Forms.row(grid, i18n.tr("meeting.type.label"), type, editor.errors().of("type"));
        Forms.row(grid, i18n.tr("meeting.title.label"), title, editor.errors().of("title"));
        Forms.row(grid, i18n.tr("meeting.date.label"), date.picker(), editor.errors().of("date"));
        grid.addRow(grid.getRowCount(), new Label(i18n.tr("meeting.time.label")), times);
        Forms.row(grid, i18n.tr("meeting.mode.label"), mode, editor.errors().of("mode"));
        Forms.row(grid, i18n.tr("meeting.venue.label"), venue, editor.errors().of("venue"));
        Forms.row(grid, i18n.tr("meeting.goals.label"), goals, editor.errors().of("goals"));
        Forms.row(grid, i18n.tr("meeting.question.label"), questionRow, editor.errors().of("checkInQuestion"));
        Forms.row(grid, i18n.tr("meeting.checkOutQuestion.label"), checkOut, editor.errors().of("checkOutQuestion"));
        return new VBox(6, MasterDetail.section(i18n.tr("step.PREPARATION")), grid);
    }

    /** Which werkteam organised it: one of the teams, or none (the Werkplaats itself). */
    private ComboBox<UUID> organizer(MeetingEditor editor) {
        ComboBox<UUID> organizer = new ComboBox<>();
        organizer.setId("meeting-organizer");
        organizer.setMaxWidth(260);
        Runnable choices = () -> {
            List<UUID> ids = new java.util.ArrayList<>();
            ids.add(null);
            vm.teams().forEach(team -> ids.add(team.id()));
            organizer.getItems().setAll(ids);
            organizer.setValue(editor.organizerTeamId.get());
        };
        organizer.setConverter(Forms.converter(id -> id == null ? i18n.tr("meeting.organizer.werkplaats")
                : vm.teams().stream().filter(team -> team.id().equals(id)).map(team -> team.name()).findFirst().orElse("")));
        vm.teams().addListener((javafx.collections.ListChangeListener<nl.werkbank.core.teams.Team>) change -> choices.run());
        editor.organizerTeamId.addListener((obs, old, now) -> organizer.setValue(now));
        organizer.valueProperty().addListener((obs, old, now) -> editor.organizerTeamId.set(now));
        choices.run();
        return organizer;
    }

    /** Registrations, organiser, form and the visitor counts, for kenniscafés and other public meetings. */
    private Node headcount() {
        MeetingEditor editor = vm.editor();
        GridPane grid = Forms.grid();
        TextField registrations = Forms.committing(new TextField(), editor.registrations, editor::commit);
        registrations.setPrefColumnCount(5);
        registrations.setMaxWidth(100);
        Forms.row(grid, i18n.tr("headcount.registrations"), registrations, editor.errors().of("registrations"));
        Forms.row(grid, i18n.tr("meeting.organizer.label"), organizer(editor), editor.errors().of("organizer"));
        // An editable list: the usual forms to pick, or a new one typed in.
        ComboBox<String> form = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                i18n.tr("meeting.form.options").split("\\|")));
        form.setId("meeting-form");
        form.setEditable(true);
        form.setMaxWidth(260);
        form.getEditor().textProperty().bindBidirectional(editor.form);
        form.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(editor.form.get())) {
                editor.form.set(now);
            }
            editor.commit();
        });
        form.getEditor().focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                editor.commit();
            }
        });
        Forms.row(grid, i18n.tr("meeting.form.label"), form, editor.errors().of("form"));
        HeadcountEditor counts = new HeadcountEditor(vm);
        counts.addCategories(grid);
        VBox box = new VBox(6, MasterDetail.section(i18n.tr("headcount.section")),
                Forms.muted(new Label(i18n.tr("headcount.explain"))), grid, counts.organizations());
        box.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> editor.type.get() != null && editor.type.get().isPublic(), editor.type));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void commitPending() {
        vm.editor().commit();
    }
}
