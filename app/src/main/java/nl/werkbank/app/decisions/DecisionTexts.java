package nl.werkbank.app.decisions;

import java.util.ArrayList;
import java.util.List;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.decisions.Alternative;
import nl.werkbank.core.decisions.Decision;
import nl.werkbank.core.decisions.MinorityCondition;
import nl.werkbank.core.decisions.Perspective;
import nl.werkbank.core.decisions.Valence;
import nl.werkbank.core.decisions.Vote;

/** How decision entries read in lists, on the beamer and in the log. */
public final class DecisionTexts {

    private DecisionTexts() {
    }

    public static String symbol(Valence valence) {
        return switch (valence) {
            case PLUS -> "+";
            case NEUTRAL -> "0";
            case MINUS -> "−";
        };
    }

    public static String perspective(Perspective p, boolean withName, Localization i18n) {
        StringBuilder text = new StringBuilder(symbol(p.valence())).append("  ").append(p.text());
        if (p.otherVoice()) {
            text.append("  (").append(i18n.tr("decision.otherVoice")).append(")");
        }
        if (withName && p.personName() != null) {
            text.append(" — ").append(p.personName());
        }
        return text.toString();
    }

    public static String alternative(Alternative a, Localization i18n) {
        String text = a.reason() == null ? a.text() : i18n.tr("decision.alternative.withReason", a.text(), a.reason());
        return a.recognised() == null ? text : text + "  · " + i18n.tr("decision.recognisedBy", a.recognised());
    }

    /** "Voor 6 · tegen 2 · onthouding 1 (10 aanwezig): meerderheid voor". */
    public static String vote(Vote vote, Localization i18n) {
        return i18n.tr("decision.vote.summary", vote.votesFor(), vote.votesAgainst(), vote.abstentions(), vote.entitled(),
                i18n.tr(vote.outcome()));
    }

    public static String condition(MinorityCondition c, Localization i18n) {
        return c.answer() == null ? c.text() : i18n.tr("decision.condition.answered", c.text(), i18n.tr(c.answer()));
    }

    /** One line for lists of decisions: the question with its status and round. */
    public static String title(Decision d, Localization i18n) {
        return i18n.tr("decision.listTitle", d.question(), i18n.tr(d.status()), d.round());
    }

    static List<String> beamerLines(DecisionViewModel vm, DecisionPage page, Localization i18n) {
        Decision decision = vm.decision().get();
        int round = decision.round();
        List<String> lines = new ArrayList<>();
        switch (page) {
            case QUESTION -> {
            }
            case PERSPECTIVES -> vm.perspectives().stream().filter(p -> p.round() == round)
                    .forEach(p -> lines.add(perspective(p, decision.showNames(), i18n)));
            case SAFE_NO, SPREAD_NO -> vm.alternatives().stream().filter(a -> a.round() == round)
                    .forEach(a -> lines.add(alternative(a, i18n)));
            case VOTE -> {
                List<Vote> options = vm.roundVotes();
                for (Vote vote : options) {
                    lines.add(options.size() == 1 ? vote(vote, i18n)
                            : i18n.tr("decision.vote.optionLine", vote.option() == null ? decision.question() : vote.option(), vote(vote, i18n)));
                }
            }
            case MINORITY -> vm.conditions().forEach(c -> lines.add(condition(c, i18n)));
            case OUTCOME -> {
                if (decision.finalText() != null) {
                    lines.add(decision.finalText());
                }
                lines.add(i18n.tr(decision.status()) + (decision.support() == null ? "" : " · " + i18n.tr(decision.support())));
            }
        }
        return lines;
    }
}
