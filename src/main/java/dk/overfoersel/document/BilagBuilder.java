package dk.overfoersel.document;

import static dk.overfoersel.domain.DanishFormat.amount;

import dk.overfoersel.document.BilagDocument.BulletList;
import dk.overfoersel.document.BilagDocument.Column;
import dk.overfoersel.document.BilagDocument.Element;
import dk.overfoersel.document.BilagDocument.FigureBlock;
import dk.overfoersel.document.BilagDocument.Heading;
import dk.overfoersel.document.BilagDocument.Notes;
import dk.overfoersel.document.BilagDocument.Rich;
import dk.overfoersel.document.markup.Markup;
import dk.overfoersel.document.markup.Markup.FigurePlace;
import dk.overfoersel.document.markup.Markup.Parsed;
import dk.overfoersel.document.markup.MarkupParser;
import dk.overfoersel.document.BilagDocument.Table;
import dk.overfoersel.document.BilagDocument.Text;
import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.RunningSum;
import dk.overfoersel.domain.Summary;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.TransferFigures;
import dk.overfoersel.domain.UnderspendLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the appendix from a transfer case. Every figure comes from the case's
 * {@link RunningSum}: nothing is typed, so the document agrees with {@code overfoersel summary}.
 *
 * <p>The introduction states the totals as the committee is used to read them (one decimal:
 * {@code 49,1 mio. kr.}); the transfers and the Skema 3 total are stated to the thousand
 * ({@code 18,484 mio. kr.}), and the closing table to the øre.
 */
public final class BilagBuilder {

    private BilagBuilder() {
    }

    public static BilagDocument build(TransferCase transferCase, BilagOptions options) {
        return build(transferCase, options, FigureSource.STORED);
    }

    /** The appendix with the transfers' figures from {@code figures}, numbered through the document. */
    public static BilagDocument build(TransferCase transferCase, BilagOptions options, FigureSource figures) {
        Round round = transferCase.round();
        Summary summary = transferCase.runningSum().summary();
        List<Transfer> skema3 = transferCase.transfers().stream().filter(Transfer::isSkema3).toList();

        Map<Integer, TransferFigures> byNumber = new HashMap<>();
        for (TransferFigures f : summary.transfers()) {
            byNumber.put(f.number(), f);
        }
        List<Element> body = new ArrayList<>();
        introduction(body, transferCase, summary, skema3);
        Numbering numbering = new Numbering();
        for (Transfer t : skema3) {
            section(body, t, byNumber, figures.figuresOf(t), numbering, round.earlyDecisionDate());
        }
        if (!skema3.isEmpty()) {
            closingTable(body, skema3, summary, byNumber);
        }

        String years = String.valueOf(round.accountsYear());
        String budgetYear = String.valueOf(round.budgetYear());
        return new BilagDocument(
                round.administration(),
                Texts.get("bilag.date", DanishFormat.date(options.date())),
                Texts.get("bilag.title", String.valueOf(options.number())),
                Texts.get("bilag.subject", years, budgetYear),
                Texts.get("bilag.footer", round.administration(), years, budgetYear),
                body, particulars(round, options));
    }

    /** Page 1 under the administration: the committee it goes to, the case number. */
    private static List<String> particulars(Round round, BilagOptions options) {
        List<String> lines = new ArrayList<>();
        if (options.showCommittee() && round.committee() != null && !round.committee().isBlank()) {
            lines.add(Texts.get("bilag.committee", round.committee()));
        }
        if (!options.caseNumber().isEmpty()) {
            lines.add(Texts.get("bilag.caseNumber", options.caseNumber()));
        }
        return lines;
    }

    private static void introduction(List<Element> body, TransferCase transferCase, Summary s, List<Transfer> skema3) {
        Round round = transferCase.round();
        String year = String.valueOf(round.accountsYear());
        Money net = s.netUnderspend();
        if (!round.underspendLines().isEmpty()) {
            body.add(new Text(Texts.get(net.isNegative() ? "bilag.intro.overspend" : "bilag.intro.underspend",
                    round.administration(), year, Amounts.oneDecimal(net.abs()))));
            List<String> lines = new ArrayList<>();
            for (UnderspendLine line : round.underspendLines()) {
                String name = lineName(line.text());
                String kind = line.isOverspend() ? "merforbrug" : "mindreforbrug";
                String key = name.toLowerCase(java.util.Locale.ROOT).contains(kind) ? "bilag.intro.lineNamed"
                        : line.isOverspend() ? "bilag.intro.lineOverspend" : "bilag.intro.lineUnderspend";
                lines.add(Texts.get(key, name, Amounts.exact(line.amount().abs())));
            }
            body.add(new BulletList(lines));
        }

        List<String> early = new ArrayList<>();
        for (Transfer t : transferCase.transfers()) {
            if (t.earlyApproved().isPositive()) {
                early.add(Texts.get("bilag.intro.earlyLine", String.valueOf(t.number()), t.title(),
                        Amounts.exact(t.earlyApproved())));
            }
        }
        if (early.isEmpty()) {
            body.add(new Text(Texts.get("bilag.intro.noEarly")));
        } else {
            body.add(new Text(round.earlyDecisionDate() == null
                    ? Texts.get("bilag.intro.earlyNoDate", Amounts.oneDecimal(s.earlyTotal()))
                    : Texts.get("bilag.intro.early", DanishFormat.date(round.earlyDecisionDate()), Amounts.oneDecimal(s.earlyTotal()))));
            body.add(new BulletList(early));
        }
        body.add(new Text(ceiling(s, !early.isEmpty())));

        if (skema3.isEmpty()) {
            body.add(new Text(Texts.get("bilag.intro.none")));
            return;
        }
        body.add(new Text(Texts.get("bilag.intro.guide")));
        body.add(new Text(Texts.get("bilag.intro.total", Amounts.exact(s.skema3AtRisk()))));
        if (s.overCeiling()) {
            body.add(new Text(Texts.get("bilag.intro.overCeiling", Amounts.exact(s.requestedTotal()),
                    Amounts.exact(s.ceiling()), Amounts.exact(s.headroom().abs()))));
        }
    }

    /** What may be transferred: plainly, also when nothing may (a ceiling of zero or below). */
    private static String ceiling(Summary s, boolean early) {
        if (s.ceiling().isNegative()) {
            return Texts.get("bilag.intro.ceilingNegative", Amounts.oneDecimal(s.ceiling()));
        }
        if (s.ceiling().isZero()) {
            return Texts.get("bilag.intro.ceilingZero");
        }
        return Texts.get(early ? "bilag.intro.ceiling" : "bilag.intro.ceilingNoEarly", Amounts.oneDecimal(s.ceiling()));
    }

    /** "IT-udgifter (merforbrug)" is named "IT-udgifter": the sentence says merforbrug itself. */
    private static String lineName(String text) {
        String name = text.replaceAll("(?i)\\s*\\((?:merforbrug|mindreforbrug)\\)\\s*$", "").strip();
        return name.isEmpty() ? text : name;
    }

    private static void section(List<Element> body, Transfer t, Map<Integer, TransferFigures> s,
                                List<Figure> figures, Numbering numbering, java.time.LocalDate earlyDate) {
        body.add(new Heading(1, Texts.get("bilag.section.heading", String.valueOf(t.number()), t.title())));
        if (t.earlyApproved().isPositive()) {
            body.add(new Text(earlyDate == null
                    ? Texts.get("bilag.section.earlyNoDate", Amounts.exact(t.earlyApproved()))
                    : Texts.get("bilag.section.early", DanishFormat.date(earlyDate), Amounts.exact(t.earlyApproved()))));
        }
        Parsed background = numbering.parse(t.background());
        Parsed consequences = numbering.parse(t.consequences());
        Parsed recommendation = numbering.parse(t.recommendation());
        Map<String, Figure> byName = new LinkedHashMap<>();
        for (Figure f : figures) {
            byName.putIfAbsent(f.name(), f);
        }
        Map<String, Figure> unnamed = new LinkedHashMap<>(byName);
        for (Parsed p : List.of(background, consequences, recommendation)) {
            p.blocks().stream().filter(b -> b instanceof FigurePlace).forEach(b -> unnamed.remove(((FigurePlace) b).name()));
        }
        blocks(body, background, byName, numbering);
        for (Figure f : unnamed.values()) {
            body.add(new FigureBlock(numbering.nextFigure(), f));
            byName.remove(f.name());
        }
        if (!t.commitments().isEmpty()) {
            commitments(body, t, figures(s, t));
        }
        body.add(new Heading(2, Texts.get("bilag.section.consequences")));
        if (t.consequences().isBlank()) {
            body.add(new Text(Texts.get("bilag.section.noConsequences")));
        } else {
            blocks(body, consequences, byName, numbering);
        }
        blocks(body, recommendation, byName, numbering);
        List<Markup.Note> notes = new ArrayList<>();
        for (Parsed p : List.of(background, consequences, recommendation)) {
            notes.addAll(p.notes());
        }
        if (!notes.isEmpty()) {
            body.add(new Notes(notes));
        }
    }

    private static TransferFigures figures(Map<Integer, TransferFigures> byNumber, Transfer t) {
        TransferFigures f = byNumber.get(t.number());
        return f != null ? f : t.figures();
    }

    private static void commitments(List<Element> body, Transfer t, TransferFigures f) {
        List<Column> columns = List.of(
                new Column(Texts.get("bilag.commitments.party"), false, 3f),
                new Column(Texts.get("bilag.commitments.description"), false, 5f),
                new Column(Texts.get("bilag.commitments.amount"), true, 2.2f),
                new Column(Texts.get("bilag.commitments.status"), false, 2.2f));
        List<List<String>> rows = new ArrayList<>();
        for (Commitment c : t.commitments()) {
            String status = c.status() == CommitmentStatus.PLANNED ? Texts.get("bilag.commitments.planned") : c.status().label();
            rows.add(List.of(c.party(), c.description(), amount(c.amount()), status));
        }
        List<List<String>> subtotals = List.of(
                List.of(Texts.get("bilag.commitments.subtotalSigned"), "", amount(f.committed()), ""),
                List.of(Texts.get("bilag.commitments.subtotalNegotiating"), "", amount(f.pending()), ""),
                List.of(Texts.get("bilag.commitments.subtotalPlanned"), "", amount(f.planned()), ""));
        List<String> totals = List.of(Texts.get("bilag.total"), "", amount(f.bound()), "");
        body.add(new Table(Texts.get("bilag.commitments.caption", String.valueOf(t.number())), columns, rows, subtotals,
                totals));
        String whole = Amounts.exact(f.amount());
        String free = Amounts.exact(f.uncommitted());
        String sentence;
        if (f.committed().isZero() && f.pending().isZero()) {
            sentence = Texts.get("bilag.section.boundNone", whole);
        } else if (f.uncommitted().isZero()) {
            sentence = Texts.get("bilag.section.boundAll", whole);
        } else if (f.committed().isZero()) {
            sentence = Texts.get("bilag.section.boundNegotiating", whole, Amounts.exact(f.pending()), free);
        } else if (f.pending().isZero()) {
            sentence = Texts.get("bilag.section.boundSigned", whole, Amounts.exact(f.committed()), free);
        } else {
            sentence = Texts.get("bilag.section.bound", whole, Amounts.exact(f.committed()), Amounts.exact(f.pending()), free);
        }
        if (f.planned().isPositive()) {
            // "Heraf" only when the planned agreements fit in the part not yet bound
            sentence = sentence + " " + Texts.get(f.planned().compareTo(f.uncommitted()) <= 0
                    ? "bilag.section.planned" : "bilag.section.plannedBeyond", Amounts.exact(f.planned()));
        }
        body.add(new Text(sentence));
    }

    private static void closingTable(List<Element> body, List<Transfer> skema3, Summary s,
                                     Map<Integer, TransferFigures> byNumber) {
        body.add(new Heading(1, Texts.get("bilag.summary.heading")));
        body.add(new Text(Texts.get("bilag.summary.intro")));
        List<Column> columns = List.of(
                new Column(Texts.get("bilag.summary.number"), true, 1f),
                new Column(Texts.get("bilag.summary.title"), false, 4.2f),
                new Column(Texts.get("bilag.summary.amount"), true, 2.4f),
                new Column(Texts.get("bilag.summary.early"), true, 2.4f),
                new Column(Texts.get("bilag.summary.committed"), true, 2.4f),
                new Column(Texts.get("bilag.summary.pending"), true, 2.4f),
                new Column(Texts.get("bilag.summary.uncommitted"), true, 2.4f));
        List<List<String>> rows = new ArrayList<>();
        Money amount = Money.ZERO;
        Money early = Money.ZERO;
        Money committed = Money.ZERO;
        Money pending = Money.ZERO;
        for (Transfer t : skema3) {
            TransferFigures f = figures(byNumber, t);
            rows.add(List.of(String.valueOf(t.number()), t.title(), amount(f.amount()), amount(f.earlyApproved()),
                    amount(f.committed()), amount(f.pending()), amount(f.uncommitted())));
            amount = amount.plus(f.amount());
            early = early.plus(f.earlyApproved());
            committed = committed.plus(f.committed());
            pending = pending.plus(f.pending());
        }
        // the uncommitted total is the running sum's own "Skema 3 at risk", the figure of the introduction
        List<String> totals = List.of("", Texts.get("bilag.total"), amount(amount), amount(early), amount(committed),
                amount(pending), amount(s.skema3AtRisk()));
        body.add(new Table("", columns, rows, totals));
    }

    /** A text's blocks; a figure goes where the text names it (once; an unknown name places nothing). */
    private static void blocks(List<Element> body, Parsed text, Map<String, Figure> figures, Numbering numbering) {
        for (Markup.Block block : text.blocks()) {
            if (block instanceof FigurePlace place) {
                Figure f = figures.remove(place.name());
                if (f != null) {
                    body.add(new FigureBlock(numbering.nextFigure(), f));
                }
            } else {
                body.add(new Rich(block));
            }
        }
    }

    /** Figures and footnotes are numbered through the document. */
    private static final class Numbering {
        private int figure;
        private int note;

        int nextFigure() {
            return ++figure;
        }

        Parsed parse(String text) {
            Parsed parsed = MarkupParser.parse(text, note + 1);
            note += parsed.notes().size();
            return parsed;
        }
    }
}
