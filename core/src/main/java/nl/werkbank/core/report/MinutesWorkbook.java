package nl.werkbank.core.report;

import static nl.werkbank.core.report.MeetingMinutes.key;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.werkbank.core.decisions.ActionRow;
import nl.werkbank.core.decisions.Alternative;
import nl.werkbank.core.decisions.DecisionHistory;
import nl.werkbank.core.decisions.MinorityCondition;
import nl.werkbank.core.decisions.Perspective;
import nl.werkbank.core.decisions.Vote;
import nl.werkbank.core.learning.LearningNote;
import nl.werkbank.core.meetings.AgendaItem;
import nl.werkbank.core.meetings.AttendanceLine;
import nl.werkbank.core.meetings.EvaluationQuestion;
import nl.werkbank.core.meetings.Meeting;
import nl.werkbank.core.storage.AtomicFiles;

/**
 * The verslag of a meeting as a workbook: Bijeenkomst (facts, agenda with real minutes, learning notes),
 * Aanwezigheid, Rondes (check-in and closing round, without private entries), Besluiten (every step) and
 * Acties. Written to a temp file and moved, so a failed export never leaves half a file.
 */
public final class MinutesWorkbook {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final MeetingMinutes minutes;
    private final ReportLabels labels;

    private MinutesWorkbook(MeetingMinutes minutes, ReportLabels labels) {
        this.minutes = minutes;
        this.labels = labels;
    }

    public static Path write(Path target, MeetingMinutes minutes, ReportLabels labels) throws IOException {
        MinutesWorkbook book = new MinutesWorkbook(minutes, labels);
        return AtomicFiles.write(target, out -> {
            try (XlsxWriter workbook = new XlsxWriter(out)) {
                workbook.properties(book.title(), "");
                book.meeting(workbook);
                book.attendance(workbook);
                book.rounds(workbook);
                book.decisions(workbook);
                book.actions(workbook);
            }
        });
    }

    private String l(String key) {
        return labels.get(key);
    }

    private String title() {
        Meeting m = minutes.meeting();
        String what = m.title() != null ? m.title() : minutes.teamName() != null ? minutes.teamName() : l(key(m.type()));
        return l("minutes.title") + " " + what + " " + DAY.format(m.date());
    }

    private String subtitle() {
        Meeting m = minutes.meeting();
        return DAY.format(m.date()) + " " + m.start() + "–" + m.end();
    }

    private void meeting(XlsxWriter workbook) throws IOException {
        Meeting m = minutes.meeting();
        SheetBuilder sheet = new SheetBuilder(workbook, l("minutes.sheet.meeting"), new int[] {28, 40, 22, 16, 16})
                .title(title(), subtitle())
                .line(l("minutes.team"), minutes.teamName() == null ? l("minutes.werkplaats") : minutes.teamName())
                .line(l("minutes.type"), l(key(m.type())))
                .line(l("minutes.mode"), l(key(m.mode())))
                .line(l("minutes.venue"), minutes.venueName() == null ? "" : minutes.venueName())
                .line(l("minutes.present"), String.valueOf(minutes.attendance().stream()
                        .filter(line -> line.attendance().status().counts()).count()));
        if (m.goals() != null) {
            sheet.line(l("minutes.goals"), m.goals());
        }
        sheet.section(l("minutes.agenda")).headers(List.of(l("minutes.agenda.title"), l("minutes.agenda.method"),
                l("minutes.agenda.planned"), l("minutes.agenda.actual")));
        for (AgendaItem item : minutes.agenda()) {
            sheet.values(java.util.Arrays.asList(item.title(), item.method(), item.plannedMinutes(), item.actualMinutes()));
        }
        sheet.section(l("minutes.learning")).headers(List.of(l("minutes.learning.level"), l("minutes.learning.form"),
                l("minutes.learning.text")));
        for (LearningNote note : minutes.learningNotes()) {
            sheet.values(List.of(l(key(note.level())), l(key(note.form())), note.text()));
        }
    }

    private void attendance(XlsxWriter workbook) throws IOException {
        SheetBuilder sheet = new SheetBuilder(workbook, l("minutes.sheet.attendance"), new int[] {28, 32, 18, 22, 26, 8})
                .title(title(), subtitle())
                .section(l("minutes.sheet.attendance"))
                .headers(List.of(l("minutes.name"), l("minutes.organization"), l("minutes.role"), l("minutes.status"),
                        l("minutes.time"), l("minutes.guest")));
        for (AttendanceLine line : minutes.attendance()) {
            sheet.values(List.of(line.personName(), line.organizationName() == null ? "" : line.organizationName(),
                    line.attendance().role() == null ? "" : l(key(line.attendance().role())), l(key(line.attendance().status())),
                    timing(line), line.attendance().guest() ? l("minutes.yes") : ""));
        }
    }

    /** "20 min te laat", "15 min eerder weg", both, or nothing. */
    private String timing(AttendanceLine line) {
        int late = line.attendance().lateMinutes();
        int early = line.attendance().earlyMinutes();
        if (late == 0 && early == 0) {
            return "";
        }
        if (late > 0 && early > 0) {
            return l("attendance.lateAndEarly").replace("{0}", Integer.toString(late)).replace("{1}", Integer.toString(early));
        }
        return late > 0 ? l("attendance.late").replace("{0}", Integer.toString(late))
                : l("attendance.early").replace("{0}", Integer.toString(early));
    }

    private void rounds(XlsxWriter workbook) throws IOException {
        SheetBuilder sheet = new SheetBuilder(workbook, l("minutes.sheet.rounds"), new int[] {28, 60, 40})
                .title(title(), subtitle())
                .section(l("minutes.checkIn") + (minutes.meeting().checkInQuestion() == null ? ""
                        : ": " + minutes.meeting().checkInQuestion()))
                .headers(List.of(l("minutes.name"), l("minutes.checkIn.text"), l("minutes.energy")));
        for (var entry : minutes.checkIns()) {
            sheet.values(java.util.Arrays.asList(entry.name(), entry.entry().passed() ? l("minutes.passed") : entry.entry().text(),
                    entry.entry().energy()));
        }
        String checkOutQuestion = minutes.meeting().checkOutQuestion();
        sheet.section(l("minutes.checkOut") + (checkOutQuestion == null ? "" : ": " + checkOutQuestion)).headers(List.of(l("minutes.name"), l("minutes.takeaway"), l("minutes.intention")));
        for (var entry : minutes.checkOuts()) {
            sheet.values(java.util.Arrays.asList(entry.name(), entry.entry().passed() ? l("minutes.passed") : entry.entry().takeaway(),
                    entry.entry().intention()));
        }
        EvaluationQuestion asked = null;
        for (var entry : minutes.evaluation()) {
            if (entry.entry().question() != asked) {
                asked = entry.entry().question();
                sheet.section(l(MeetingMinutes.key(asked))).headers(List.of(l("minutes.name"), l("minutes.answer")));
            }
            sheet.values(java.util.Arrays.asList(entry.name(), entry.entry().passed() ? l("minutes.passed") : entry.entry().text()));
        }
        sheet.empty(l("minutes.privateLeftOut"));
    }

    private void decisions(XlsxWriter workbook) throws IOException {
        SheetBuilder sheet = new SheetBuilder(workbook, l("minutes.sheet.decisions"), new int[] {26, 8, 60, 40})
                .title(title(), subtitle())
                .section(l("minutes.sheet.decisions"));
        if (minutes.decisions().isEmpty()) {
            sheet.empty(l("minutes.noDecisions"));
        }
        for (DecisionHistory history : minutes.decisions()) {
            sheet.section(history.decision().question())
                    .headers(List.of(l("minutes.step"), l("minutes.round"), l("minutes.content"), l("minutes.details")));
            for (List<Object> row : decisionRows(history)) {
                sheet.values(row);
            }
        }
    }

    /** One row per step entry, round by round; perspective authors only when the facilitator chose to show names. */
    private List<List<Object>> decisionRows(DecisionHistory h) {
        List<List<Object>> rows = new ArrayList<>();
        boolean names = h.decision().showNames();
        for (Perspective p : h.perspectives()) {
            String details = l(key(p.valence())) + (p.otherVoice() ? " · " + l("minutes.otherVoice") : "")
                    + (names && p.personName() != null ? " · " + p.personName() : "");
            rows.add(List.of(l("decisionPage.PERSPECTIVES"), p.round(), p.text(), details));
        }
        for (Alternative a : h.alternatives()) {
            rows.add(List.of(l("decisionPage.SAFE_NO"), a.round(), a.text(), a.reason() == null ? "" : a.reason()));
            if (a.recognised() != null || a.notes() != null) {
                rows.add(List.of(l("decisionPage.SPREAD_NO"), a.round(), a.text(),
                        (a.recognised() == null ? "" : l("minutes.recognisedBy") + " " + a.recognised())
                                + (a.notes() == null ? "" : " · " + a.notes())));
            }
        }
        for (Vote v : h.votes()) {
            rows.add(List.of(l("decisionPage.VOTE"), v.round(), v.option() == null ? h.decision().question() : v.option(),
                    l("minutes.votes") + " " + v.votesFor() + " / " + v.votesAgainst() + " / " + v.abstentions()
                            + " (" + v.entitled() + " " + l("minutes.presentShort") + "): " + l(key(v.outcome()))));
        }
        for (MinorityCondition c : h.conditions()) {
            rows.add(List.of(l("decisionPage.MINORITY"), "", c.text(),
                    (c.answer() == null ? "" : l(key(c.answer()))) + (c.answerNote() == null ? "" : " · " + c.answerNote())));
        }
        rows.add(List.of(l("decisionPage.OUTCOME"), h.decision().round(),
                h.decision().finalText() == null ? "" : h.decision().finalText(),
                l(key(h.decision().status())) + (h.decision().support() == null ? "" : " · " + l(key(h.decision().support())))));
        return rows;
    }

    private void actions(XlsxWriter workbook) throws IOException {
        SheetBuilder sheet = new SheetBuilder(workbook, l("minutes.sheet.actions"), new int[] {50, 30, 14, 14, 22})
                .title(title(), subtitle())
                .section(l("minutes.sheet.actions"))
                .headers(List.of(l("minutes.action.what"), l("minutes.action.who"), l("minutes.action.due"),
                        l("minutes.status"), l("minutes.action.source")));
        for (ActionRow row : minutes.actions()) {
            sheet.values(java.util.Arrays.asList(row.action().description(), String.join(", ", row.ownerNames()),
                    row.action().dueDate(), l(key(row.action().status())), l(key(row.action().source()))));
        }
    }
}
