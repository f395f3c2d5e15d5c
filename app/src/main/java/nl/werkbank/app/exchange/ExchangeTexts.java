package nl.werkbank.app.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.exchange.Conflict;
import nl.werkbank.core.exchange.ExportSummary;
import nl.werkbank.core.exchange.ImportResult;
import nl.werkbank.core.exchange.KindCounts;
import nl.werkbank.core.exchange.Removals;

/** The words for exports, import previews and conflicts; the command line and the screens say the same. */
public final class ExchangeTexts {

    private final Localization i18n;

    public ExchangeTexts(Localization i18n) {
        this.i18n = i18n;
    }

    public String kind(String kind) {
        return i18n.tr("info.table." + kind);
    }

    /** What personal data the file carries, in one paragraph. */
    public String personalData(ExportSummary summary) {
        ExportSummary.PersonalData data = summary.personalData();
        String text = i18n.tr("exchange.personalData", data.people(), data.emailAddresses(), data.attendanceLines(), data.roundTexts(),
                data.ballots());
        return summary.includesPrivate() ? text + " " + i18n.tr("exchange.privateIncluded", data.privateRoundTexts()) : text;
    }

    public String exported(ExportSummary summary) {
        return i18n.tr("exchange.exported", summary.file().toString(), i18n.count(summary.records()), i18n.count(summary.tombstones()));
    }

    /** The file's origin and what it holds. */
    public String source(ImportResult result) {
        return i18n.tr("exchange.source", result.fileName(), i18n.dateTime(result.exportedAt()),
                result.scopeName() == null ? i18n.tr("exchange.scope.everything") : result.scopeName(),
                result.installationId().toString().substring(0, 8));
    }

    /** One line per kind that the file has records of: new, updated, unchanged, older, conflicts, deleted. */
    public List<String> countLines(ImportResult result) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, KindCounts> entry : result.counts().entrySet()) {
            KindCounts c = entry.getValue();
            if (c.total() + c.deleted() == 0) {
                continue;
            }
            lines.add(kind(entry.getKey()) + ": " + parts(c));
        }
        return lines;
    }

    /** "12 nieuw, 3 gewijzigd": only the parts that are not zero. */
    public String parts(KindCounts c) {
        List<String> parts = new ArrayList<>();
        int[] values = {c.added(), c.updated(), c.unchanged(), c.older(), c.conflicts(), c.deleted(), c.skippedDeleted()};
        String[] keys = {"added", "updated", "unchanged", "older", "conflicts", "deleted", "skippedDeleted"};
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                parts.add(i18n.tr("exchange.part." + keys[i], i18n.count(values[i])));
            }
        }
        return String.join(", ", parts);
    }

    /**
     * What the file's deletions remove here, with what goes along: "61 bijeenkomsten, en daarmee 2.398 records:
     * 1.900 presentieregels, 474 inchecks (waarvan 22 privé), …". Empty when it removes nothing.
     */
    public String removals(ImportResult result) {
        Removals removals = result.removals();
        if (removals.isEmpty()) {
            return "";
        }
        List<String> named = new ArrayList<>();
        List<String> along = new ArrayList<>();
        long alongTotal = 0;
        for (Map.Entry<String, Long> entry : removals.perKind().entrySet()) {
            long direct = result.counts().getOrDefault(entry.getKey(), KindCounts.NONE).deleted();
            if (direct > 0) {
                named.add(i18n.count(direct) + " " + lower(entry.getKey()));
            }
            long rest = entry.getValue() - direct;
            if (rest > 0) {
                alongTotal += rest;
                String part = i18n.count(rest) + " " + lower(entry.getKey());
                if (entry.getKey().equals("check_in") && removals.privateCheckIns() > 0) {
                    part += " " + i18n.tr("exchange.removals.private", i18n.count(removals.privateCheckIns()));
                }
                along.add(part);
            }
        }
        String text = i18n.tr("exchange.removals", String.join(", ", named));
        return along.isEmpty() ? text : text + " " + i18n.tr("exchange.removals.along", i18n.count(alongTotal), String.join(", ", along));
    }

    private String lower(String kind) {
        return kind(kind).toLowerCase(java.util.Locale.ROOT);
    }

    public String totals(ImportResult result) {
        return i18n.tr("exchange.totals", i18n.count(result.total(KindCounts::added)), i18n.count(result.total(KindCounts::updated)),
                i18n.count(result.total(KindCounts::unchanged)), i18n.count(result.conflicts().size()),
                i18n.count(result.total(KindCounts::deleted)));
    }

    public String conflict(Conflict conflict) {
        return i18n.tr("exchange.conflict." + conflict.kept().name(), kind(conflict.kind()), conflict.label(),
                i18n.dateTime(conflict.keptUpdated()), i18n.dateTime(conflict.otherUpdated()));
    }
}
