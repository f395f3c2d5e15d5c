package nl.werkbank.app.meetings;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.learning.LearningNote;
import nl.werkbank.core.meetings.AgendaItem;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.CheckIn;
import nl.werkbank.core.meetings.CheckOut;
import nl.werkbank.core.meetings.EvaluationAnswer;
import nl.werkbank.core.meetings.GuestRequest;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.meetings.OpenMeeting;
import nl.werkbank.core.meetings.PreviousIntention;
import nl.werkbank.core.meetings.Venue;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.Person;

/** One meeting being prepared, run or filled in afterwards: everything the step views show. */
public final class MeetingViewModel {

    private final UiContext ui;
    private final UUID meetingId;
    private final ObjectProperty<MeetingStep> step = new SimpleObjectProperty<>(MeetingStep.ATTENDANCE);
    private final StringProperty teamName = new SimpleStringProperty("");
    private final ObservableList<AttendanceLine> lines = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> agenda = FXCollections.observableArrayList();
    private final ObservableList<LearningNote> notes = FXCollections.observableArrayList();
    private final ObservableList<Venue> venues = FXCollections.observableArrayList();
    /** The werkteams that can organise a kenniscafé. */
    private final ObservableList<nl.werkbank.core.teams.Team> teams = FXCollections.observableArrayList();
    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableMap<UUID, CheckIn> checkIns = FXCollections.observableHashMap();
    private final ObservableMap<UUID, CheckOut> checkOuts = FXCollections.observableHashMap();
    private final ObservableMap<RoundViewModel.AnswerKey, EvaluationAnswer> evaluationAnswers = FXCollections.observableHashMap();
    private final ObservableMap<UUID, PreviousIntention> previousIntentions = FXCollections.observableHashMap();
    private final HeadcountModel headcount;
    private final MeetingEditor editor;
    private final BeamerModel beamer = new BeamerModel();
    /** The uitcheck questions of the library, offered in Voorbereiding. */
    private final javafx.collections.ObservableList<String> checkOutQuestions = javafx.collections.FXCollections.observableArrayList();
    private final RoundViewModel checkInRound;
    private final RoundViewModel checkOutRound;
    private final RoundViewModel evaluationRound;
    private final MeetingDocuments documents = new MeetingDocuments(this);

    public MeetingViewModel(UiContext ui, UUID meetingId) {
        this.ui = ui;
        this.meetingId = meetingId;
        this.editor = new MeetingEditor(ui, this::reloadLines);
        this.headcount = new HeadcountModel(ui, meetingId);
        this.checkInRound = new RoundViewModel(this, RoundViewModel.Kind.CHECK_IN);
        this.checkOutRound = new RoundViewModel(this, RoundViewModel.Kind.CHECK_OUT);
        this.evaluationRound = new RoundViewModel(this, RoundViewModel.Kind.EVALUATION);
    }

    /** Loads the meeting with its lists in one background call. */
    public void load() {
        BackgroundTask.wrap(() -> ui.werkbank().meetingSession().open(meetingId))
                .onSuccess(this::show)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    private void show(OpenMeeting open) {
        editor.refresh(open.meeting());
        teamName.set(open.teamName());
        venues.setAll(open.venues());
        teams.setAll(open.teams());
        organizations.setAll(open.organizations());
        people.setAll(open.people());
        lines.setAll(open.lines());
        agenda.setAll(open.agenda());
        notes.setAll(open.notes());
        checkOutQuestions.setAll(open.checkOutQuestions());
        checkIns.clear();
        open.checkIns().forEach(c -> checkIns.put(c.personId(), c));
        checkOuts.clear();
        open.checkOuts().forEach(c -> checkOuts.put(c.personId(), c));
        evaluationAnswers.clear();
        open.evaluationAnswers().forEach(a -> evaluationAnswers.put(new RoundViewModel.AnswerKey(a.question(), a.personId()), a));
        previousIntentions.clear();
        previousIntentions.putAll(open.previous());
        headcount.show(open);
        if (open.suggestedCheckInQuestion() != null) {
            // The proposal is taken as the facilitator would: into the field, saved like any edit of it.
            editor.question.set(open.suggestedCheckInQuestion());
            editor.commit();
        }
        beamer.question.set(editor.question.get() == null ? "" : editor.question.get());
    }

    void reloadLines() {
        BackgroundTask.wrap(() -> ui.werkbank().attendance().lines(meetingId))
                .onSuccess(lines::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /** Status changes that Ctrl+Z can take back, newest first. */
    private final java.util.Deque<AttendanceLine> undo = new java.util.ArrayDeque<>();

    /** One key or click: aanwezig, online, afwezig met bericht, afwezig. */
    void setStatus(AttendanceLine line, AttendanceStatus status) {
        if (line.attendance().status() != status) {
            undo.push(line);
        }
        change(line, id -> ui.werkbank().attendance().setStatus(id, status));
    }

    /** Ctrl+Z: puts back the status from before the last click or key on the presentielijst. */
    boolean undoStatus() {
        AttendanceLine before = undo.poll();
        if (before == null) {
            return false;
        }
        change(before, id -> ui.werkbank().attendance().setStatus(id, before.attendance().status()));
        return true;
    }

    /** In the background, for the line dialog: organisation, late/early minutes, preparation hours in one go. */
    AttendanceLine saveLine(AttendanceLine line, UUID organizationId, int late, int early, BigDecimal preparation,
                            BigDecimal travel) {
        return ui.werkbank().attendance().updateLine(line.attendance().id(), organizationId, late, early, preparation, travel);
    }

    /** In the background, for the guest dialog. */
    AttendanceLine addGuest(GuestRequest request) {
        return ui.werkbank().attendance().addGuest(meetingId, request);
    }

    void lineChanged(AttendanceLine changed) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).attendance().id().equals(changed.attendance().id())) {
                lines.set(i, changed);
                ui.saveStatus().saved();
                return;
            }
        }
        reloadLines();
        ui.saveStatus().saved();
    }

    void removeGuest(AttendanceLine line) {
        if (line.attendance().guest()) {
            ui.deleteAfterConfirm(ui.i18n().tr("guest.remove.title"), ui.i18n().tr("guest.remove.question", line.personName()),
                    () -> ui.werkbank().attendance().remove(line.attendance().id()), this::reloadLines);
        }
    }

    private void change(AttendanceLine line, Function<UUID, AttendanceLine> edit) {
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> edit.apply(line.attendance().id()))
                .onSuccess(this::lineChanged)
                .onFailure(e -> {
                    ui.saveStatus().failed(ErrorMessages.describe(e, ui.i18n()));
                    ui.showFailure(e);
                })
                .executeWith(ui.executor());
    }

    /** The paper presentielijst and the verslag of this meeting. */
    MeetingDocuments documents() {
        return documents;
    }

    /** "Andere vraag": the next question from the library that the team has not had recently. */
    void otherQuestion() {
        Meeting meeting = editor.current().get();
        String current = editor.question.get();
        BackgroundTask.wrap(() -> ui.werkbank().checkInQuestions().suggest(meeting.teamId(), meeting.date(),
                        current == null || current.isBlank() ? null : current))
                .onSuccess(question -> {
                    editor.question.set(question);
                    editor.commit();
                    beamer.question.set(question);
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    void addAgendaItem(String title, String method, Integer minutes) {
        BackgroundTask.wrap(() -> ui.werkbank().agenda().add(meetingId, title, method, minutes))
                .onSuccess(item -> {
                    agenda.add(item);
                    ui.saveStatus().saved();
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    void saveAgendaItem(AgendaItem item) {
        BackgroundTask.wrap(() -> ui.werkbank().agenda().save(item))
                .onSuccess(saved -> {
                    agenda.replaceAll(existing -> existing.id().equals(saved.id()) ? saved : existing);
                    ui.saveStatus().saved();
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    void moveAgendaItem(AgendaItem item, int direction) {
        BackgroundTask.wrap(() -> {
                    ui.werkbank().agenda().move(item.id(), direction);
                    return ui.werkbank().agenda().of(meetingId);
                })
                .onSuccess(agenda::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    void deleteAgendaItem(AgendaItem item) {
        BackgroundTask.wrap(() -> {
                    ui.werkbank().agenda().delete(item.id());
                    return ui.werkbank().agenda().of(meetingId);
                })
                .onSuccess(agenda::setAll)
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /** In the background, for the learning-note dialog. */
    LearningNote saveNote(LearningNote note) {
        return ui.werkbank().learningNotes().save(note);
    }

    void noteSaved(LearningNote note) {
        notes.removeIf(existing -> existing.id().equals(note.id()));
        notes.add(note);
        ui.saveStatus().saved();
    }

    void deleteNote(LearningNote note) {
        BackgroundTask.wrap(() -> ui.werkbank().learningNotes().delete(note.id()))
                .onSuccess(done -> notes.remove(note))
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /** Present or online, in list order: who takes part in the rounds. */
    List<AttendanceLine> participants() {
        return lines.stream().filter(line -> line.attendance().status().counts()).toList();
    }

    UUID meetingId() {
        return meetingId;
    }

    ObjectProperty<MeetingStep> step() {
        return step;
    }

    StringProperty teamName() {
        return teamName;
    }

    ObservableList<AttendanceLine> lines() {
        return lines;
    }

    ObservableList<AgendaItem> agenda() {
        return agenda;
    }

    ObservableList<LearningNote> notes() {
        return notes;
    }

    ObservableList<nl.werkbank.core.teams.Team> teams() {
        return teams;
    }

    ObservableList<Venue> venues() {
        return venues;
    }

    ObservableList<Organization> organizations() {
        return organizations;
    }

    ObservableList<Person> people() {
        return people;
    }

    ObservableMap<UUID, CheckIn> checkIns() {
        return checkIns;
    }

    ObservableMap<RoundViewModel.AnswerKey, EvaluationAnswer> evaluationAnswers() {
        return evaluationAnswers;
    }

    ObservableMap<UUID, CheckOut> checkOuts() {
        return checkOuts;
    }

    ObservableMap<UUID, PreviousIntention> previousIntentions() {
        return previousIntentions;
    }

    HeadcountModel headcount() {
        return headcount;
    }

    MeetingEditor editor() {
        return editor;
    }

    javafx.collections.ObservableList<String> checkOutQuestions() {
        return checkOutQuestions;
    }

    /** The uitcheck question of this meeting, or the standard one. */
    String checkOutQuestion() {
        String own = editor.checkOutQuestion.get();
        return own == null || own.isBlank() ? ui.i18n().tr("beamer.checkOutQuestion") : own;
    }

    BeamerModel beamer() {
        return beamer;
    }

    RoundViewModel checkInRound() {
        return checkInRound;
    }

    RoundViewModel checkOutRound() {
        return checkOutRound;
    }

    RoundViewModel evaluationRound() {
        return evaluationRound;
    }

    UiContext ui() {
        return ui;
    }
}
