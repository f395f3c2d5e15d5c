package nl.werkbank.app.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.app.fx.ErrorMessages;
import nl.werkbank.app.fx.FieldErrors;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.decisions.ActionItem;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.Alternative;
import nl.werkbank.core.decisions.ConditionAnswer;
import nl.werkbank.core.decisions.Decision;
import nl.werkbank.core.decisions.DecisionHistory;
import nl.werkbank.core.decisions.DecisionStatus;
import nl.werkbank.core.decisions.DecisionSteps;
import nl.werkbank.core.decisions.MinorityCondition;
import nl.werkbank.core.decisions.OpenDecision;
import nl.werkbank.core.decisions.Perspective;
import nl.werkbank.core.decisions.Support;
import nl.werkbank.core.decisions.Valence;
import nl.werkbank.core.decisions.Vote;
import nl.werkbank.core.decisions.VoteChoice;

/**
 * The decisions of one meeting and the one being guided: every entry is stored as it is made, and the
 * beamer follows the page. Works in the background; in tests on the calling thread.
 */
public final class DecisionViewModel {

    private final UiContext ui;
    private final UUID meetingId;
    private final Supplier<List<Participant>> participants;
    private final BeamerText beamer;
    private final ObservableList<Decision> decisions = FXCollections.observableArrayList();
    private final ObservableList<Decision> toResume = FXCollections.observableArrayList();
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();
    private final ObjectProperty<DecisionPage> page = new SimpleObjectProperty<>(DecisionPage.QUESTION);
    private final ObservableList<Perspective> perspectives = FXCollections.observableArrayList();
    private final ObservableList<Alternative> alternatives = FXCollections.observableArrayList();
    private final ObservableList<Vote> votes = FXCollections.observableArrayList();
    private final ObservableList<MinorityCondition> conditions = FXCollections.observableArrayList();
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final IntegerProperty entitled = new SimpleIntegerProperty();
    private final FieldErrors errors = new FieldErrors();
    private final VoteOptions options;

    public DecisionViewModel(UiContext ui, UUID meetingId, Supplier<List<Participant>> participants, BeamerText beamer) {
        this.ui = ui;
        this.meetingId = meetingId;
        this.participants = participants;
        this.beamer = beamer;
        this.options = new VoteOptions(votes, decision, meetingId);
        errors.fields("question", "finalText", "votes", "text");
        page.addListener((obs, old, now) -> updateBeamer());
        decision.addListener((obs, old, now) -> updateBeamer());
    }

    /** The meeting's decisions and those of the team that can be resumed here. */
    public void load() {
        run(() -> ui.werkbank().decisions().forMeeting(meetingId), lists -> {
                    decisions.setAll(lists.here());
                    toResume.setAll(lists.resumable());
                    entitled.set(lists.entitled());
                    if (decision.get() == null && !decisions.isEmpty()) {
                        open(decisions.get(decisions.size() - 1));
                    } else if (decision.get() != null) {
                        open(decision.get());
                    }
                });
    }

    /** Shows one decision with all its steps. */
    public void open(Decision chosen) {
        if (decision.get() == null || !decision.get().id().equals(chosen.id())) {
            options.reset();
        }
        // Read on the FX thread, used on the storage thread; the result is set back on the FX thread in show().
        UUID wanted = options.chosen();
        run(() -> ui.werkbank().decisions().open(chosen.id(), wanted), this::show);
    }

    private void show(OpenDecision opened) {
        DecisionHistory history = opened.history();
        options.loaded(opened.ballots());
        perspectives.setAll(history.perspectives());
        alternatives.setAll(history.alternatives());
        votes.setAll(history.votes());
        conditions.setAll(history.conditions());
        actions.setAll(history.actions());
        decisions.replaceAll(d -> d.id().equals(history.decision().id()) ? history.decision() : d);
        decision.set(history.decision());
        updateBeamer();
    }

    private void reload() {
        if (decision.get() != null) {
            open(decision.get());
        }
    }

    /** Step 1: a new decision with its question; the wizard moves on to the perspectives. */
    public void start(String question) {
        errors.clear();
        run(() -> ui.werkbank().decisions().start(meetingId, question), started -> {
            decisions.add(started);
            page.set(DecisionPage.PERSPECTIVES);
            open(started);
        });
    }

    public void resume(Decision postponed) {
        run(() -> ui.werkbank().decisions().resume(postponed.id(), meetingId), resumed -> {
            toResume.removeIf(d -> d.id().equals(resumed.id()));
            decisions.add(resumed);
            page.set(DecisionPage.PERSPECTIVES);
            open(resumed);
        });
    }

    public void saveQuestion(String question, boolean showNames) {
        Decision current = decision.get();
        if (current != null && (!question.strip().equals(current.question()) || showNames != current.showNames())) {
            save(current.withQuestion(question).withShowNames(showNames));
        }
    }

    /** Step 7: the outcome. "Besloten" without a final text is refused at the field. */
    public void saveOutcome(String finalText, Support support, DecisionStatus status) {
        Decision current = decision.get();
        if (current != null) {
            save(current.withOutcome(finalText, support, status));
        }
    }

    /** No majority: postpone to a later meeting of the team. */
    public void postpone() {
        Decision current = decision.get();
        if (current != null) {
            save(current.withOutcome(current.finalText(), current.support(), DecisionStatus.POSTPONED));
        }
    }

    private void save(Decision changed) {
        errors.clear();
        run(() -> ui.werkbank().decisions().save(changed), saved -> {
            decisions.replaceAll(d -> d.id().equals(saved.id()) ? saved : d);
            decision.set(saved);
        });
    }

    /** No majority: back to the perspectives in the next round. */
    public void nextRound() {
        Decision current = decision.get();
        if (current != null) {
            run(() -> ui.werkbank().decisions().nextRound(current.id()), next -> {
                options.reset();
                decision.set(next);
                page.set(DecisionPage.PERSPECTIVES);
            });
        }
    }

    public void addPerspective(String text, Valence valence, boolean otherVoice, UUID personId) {
        store(() -> ui.werkbank().decisionSteps().savePerspective(
                Perspective.create(decision.get().id(), meetingId, text, valence, otherVoice, personId)));
    }

    public void addAlternative(String text, String reason) {
        store(() -> ui.werkbank().decisionSteps().saveAlternative(
                Alternative.create(decision.get().id(), meetingId, text, reason)));
    }

    /** Step 4: how many recognise this no, and notes. */
    public void spread(Alternative alternative, Integer recognised, String notes) {
        store(() -> ui.werkbank().decisionSteps().saveAlternative(alternative.spread(recognised, notes)));
    }

    /** The option of the current round the vote page shows (the chosen or the last one), or null before anyone voted. */
    public Vote currentVote() {
        return options.current();
    }

    /** Every option voted on in this meeting in the decision's current round, oldest first. */
    List<Vote> roundVotes() {
        return options.ofRound();
    }

    /** "Nog een optie": the next counts start a new vote in the same round; earlier options stay as they are. */
    public void newOption() {
        options.startNew();
    }

    /** Back to an earlier option of this round to correct its counts. */
    public void chooseOption(Vote vote) {
        options.choose(vote);
        reload();
    }

    boolean addingOption() {
        return options.adding();
    }

    /** Stores the counts as they are clicked; too many votes are refused with a message. */
    public void setCounts(String option, int votesFor, int against, int abstentions) {
        Vote counted = options.toStore(option).withCounts(votesFor, against, abstentions);
        options.counted(counted);
        store(() -> ui.werkbank().decisionSteps().saveVote(counted));
    }

    public void setBallots(String option, Map<UUID, VoteChoice> ballots) {
        Vote base = options.toStore(option);
        store(() -> ui.werkbank().decisionSteps().saveBallots(base, ballots));
    }

    /** The per-person votes of the last vote, as loaded with the decision. */
    Map<UUID, VoteChoice> ballots() {
        return options.ballots();
    }

    public void addCondition(String text) {
        store(() -> ui.werkbank().decisionSteps().saveCondition(MinorityCondition.create(decision.get().id(), meetingId, text)));
    }

    public void answer(MinorityCondition condition, ConditionAnswer answer, String note) {
        store(() -> ui.werkbank().decisionSteps().saveCondition(condition.with(condition.text(), answer, note)));
    }

    public void delete(DecisionSteps.Step step, UUID id) {
        store(() -> {
            ui.werkbank().decisionSteps().delete(step, id);
            return null;
        });
    }

    /** In the background, for the action dialog. */
    public ActionItem saveAction(ActionItem action) {
        return ui.werkbank().actions().save(action);
    }

    public void actionSaved(ActionItem saved) {
        ui.saveStatus().saved();
        reload();
    }

    private <T> void store(Callable<T> work) {
        if (decision.get() == null) {
            return;
        }
        errors.clear();
        ui.saveStatus().saving();
        run(work, done -> reload());
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        BackgroundTask.wrap(work)
                .onSuccess(result -> {
                    ui.saveStatus().saved();
                    then.accept(result);
                })
                .onFailure(e -> {
                    if (e instanceof ValidationException invalid) {
                        errors.show(invalid, ui.i18n());
                        ui.saveStatus().failed(ErrorMessages.describe(e, ui.i18n()));
                    } else {
                        ui.saveStatus().failed(ErrorMessages.describe(e, ui.i18n()));
                        ui.showFailure(e);
                    }
                })
                .executeWith(ui.executor());
    }

    /** The page's words for the group, without names unless the facilitator chose to show them. */
    void updateBeamer() {
        Decision current = decision.get();
        Localization i18n = ui.i18n();
        String heading = i18n.tr("decision.beamer.heading", page.get().ordinal() + 1, i18n.tr(page.get()));
        if (current == null) {
            beamer.show(heading, "", List.of());
            return;
        }
        beamer.show(heading, current.question(), DecisionTexts.beamerLines(this, page.get(), i18n));
    }

    List<Participant> participants() {
        return new ArrayList<>(participants.get());
    }

    public ObservableList<Decision> decisions() {
        return decisions;
    }

    public ObservableList<Decision> toResume() {
        return toResume;
    }

    public ObjectProperty<Decision> decision() {
        return decision;
    }

    public ObjectProperty<DecisionPage> page() {
        return page;
    }

    ObservableList<Perspective> perspectives() {
        return perspectives;
    }

    ObservableList<Alternative> alternatives() {
        return alternatives;
    }

    ObservableList<Vote> votes() {
        return votes;
    }

    ObservableList<MinorityCondition> conditions() {
        return conditions;
    }

    ObservableList<ActionRow> actions() {
        return actions;
    }

    IntegerProperty entitled() {
        return entitled;
    }

    FieldErrors errors() {
        return errors;
    }

    UUID meetingId() {
        return meetingId;
    }

    UiContext ui() {
        return ui;
    }
}
