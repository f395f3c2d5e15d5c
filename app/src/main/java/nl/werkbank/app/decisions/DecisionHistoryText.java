package nl.werkbank.app.decisions;

import java.util.ArrayList;
import java.util.List;
import nl.werkbank.app.actions.ActionTexts;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.DecisionHistory;
import nl.werkbank.core.decisions.DecisionSession;
import nl.werkbank.core.decisions.Vote;

/** A decision's whole history as headed blocks of lines, round by round: the log's detail pane. */
final class DecisionHistoryText {

    /** A heading with its lines. */
    record Block(String heading, List<String> lines) {
    }

    private DecisionHistoryText() {
    }

    static List<Block> of(DecisionHistory h, Localization i18n) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(i18n.tr("decision.log.question"), List.of(h.decision().question())));
        blocks.add(new Block(i18n.tr("decision.log.sessions"), h.sessions().stream()
                .map(s -> i18n.tr("decision.log.session", i18n.date(s.date()), s.round())).toList()));
        int rounds = h.decision().round();
        for (int round = 1; round <= rounds; round++) {
            int r = round;
            List<String> lines = new ArrayList<>();
            h.perspectives().stream().filter(p -> p.round() == r).map(p -> DecisionTexts.perspective(p, true, i18n))
                    .forEach(lines::add);
            h.alternatives().stream().filter(a -> a.round() == r).map(a -> i18n.tr("decision.log.no", DecisionTexts.alternative(a, i18n)))
                    .forEach(lines::add);
            h.votes().stream().filter(v -> v.round() == r).map(v -> i18n.tr("decision.log.vote", option(v, h), DecisionTexts.vote(v, i18n)))
                    .forEach(lines::add);
            if (!lines.isEmpty()) {
                blocks.add(new Block(i18n.tr("decision.round", round) + sessionOf(h, round, i18n), lines));
            }
        }
        if (!h.conditions().isEmpty()) {
            blocks.add(new Block(i18n.tr("decision.log.conditions"), h.conditions().stream()
                    .map(c -> DecisionTexts.condition(c, i18n) + (c.answerNote() == null ? "" : " — " + c.answerNote())).toList()));
        }
        List<String> outcome = new ArrayList<>();
        if (h.decision().finalText() != null) {
            outcome.add(h.decision().finalText());
        }
        outcome.add(i18n.tr(h.decision().status()) + (h.decision().support() == null ? ""
                : " · " + i18n.tr("decision.support") + ": " + i18n.tr(h.decision().support())));
        blocks.add(new Block(i18n.tr("decision.log.outcome"), outcome));
        if (!h.actions().isEmpty()) {
            blocks.add(new Block(i18n.tr("action.section"), h.actions().stream().map(a -> ActionTexts.line(a, i18n)).toList()));
        }
        return blocks;
    }

    private static String option(Vote vote, DecisionHistory h) {
        return vote.option() != null ? vote.option() : h.decision().question();
    }

    private static String sessionOf(DecisionHistory h, int round, Localization i18n) {
        DecisionSession at = null;
        for (DecisionSession session : h.sessions()) {
            if (session.round() <= round) {
                at = session;
            }
        }
        return at == null ? "" : " · " + i18n.date(at.date());
    }
}
