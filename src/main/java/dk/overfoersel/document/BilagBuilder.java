package dk.overfoersel.document;

import static dk.overfoersel.domain.DanishFormat.amount;
import static dk.overfoersel.domain.DanishFormat.millions;
import static dk.overfoersel.domain.DanishFormat.millionsToThousands;

import dk.overfoersel.document.BilagDocument.BulletList;
import dk.overfoersel.document.BilagDocument.Column;
import dk.overfoersel.document.BilagDocument.Element;
import dk.overfoersel.document.BilagDocument.FigureBlock;
import dk.overfoersel.document.BilagDocument.Heading;
import dk.overfoersel.document.BilagDocument.Table;
import dk.overfoersel.document.BilagDocument.Text;
import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.RunningSum;
import dk.overfoersel.domain.Summary;
import dk.overfoersel.domain.TextBlocks;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.TransferFigures;
import dk.overfoersel.domain.UnderspendLine;
import java.util.ArrayList;
import java.util.HashMap;
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
        return build(transferCase, options, FigureSource.NONE);
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
        int[] figureNumber = {0};
        for (Transfer t : skema3) {
            section(body, t, byNumber, figures.figuresOf(t), figureNumber);
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
                body);
    }

    private static void introduction(List<Element> body, TransferCase transferCase, Summary s, List<Transfer> skema3) {
        Round round = transferCase.round();
        String year = String.valueOf(round.accountsYear());
        Money net = s.netUnderspend();
        if (!round.underspendLines().isEmpty()) {
            body.add(new Text(Texts.get(net.isNegative() ? "bilag.intro.overspend" : "bilag.intro.underspend",
                    round.administration(), year, millions(net.abs()))));
            List<String> lines = new ArrayList<>();
            for (UnderspendLine line : round.underspendLines()) {
                lines.add(Texts.get(line.isOverspend() ? "bilag.intro.lineOverspend" : "bilag.intro.lineUnderspend",
                        line.text(), millionsToThousands(line.amount().abs())));
            }
            body.add(new BulletList(lines));
        }

        List<String> early = new ArrayList<>();
        for (Transfer t : transferCase.transfers()) {
            if (t.earlyApproved().isPositive()) {
                early.add(Texts.get("bilag.intro.earlyLine", String.valueOf(t.number()), t.title(),
                        millionsToThousands(t.earlyApproved())));
            }
        }
        if (early.isEmpty()) {
            body.add(new Text(Texts.get("bilag.intro.noEarly")));
        } else {
            body.add(new Text(round.earlyDecisionDate() == null
                    ? Texts.get("bilag.intro.earlyNoDate", millions(s.earlyTotal()))
                    : Texts.get("bilag.intro.early", DanishFormat.date(round.earlyDecisionDate()), millions(s.earlyTotal()))));
            body.add(new BulletList(early));
        }
        body.add(new Text(Texts.get("bilag.intro.ceiling", millions(s.ceiling()))));

        if (skema3.isEmpty()) {
            body.add(new Text(Texts.get("bilag.intro.none")));
            return;
        }
        body.add(new Text(Texts.get("bilag.intro.guide")));
        body.add(new Text(Texts.get("bilag.intro.total", millionsToThousands(s.skema3AtRisk()))));
    }

    private static void section(List<Element> body, Transfer t, Map<Integer, TransferFigures> s,
                                List<Figure> figures, int[] figureNumber) {
        body.add(new Heading(1, Texts.get("bilag.section.heading", String.valueOf(t.number()), t.title())));
        blocks(body, t.background());
        for (Figure f : figures) {
            body.add(new FigureBlock(++figureNumber[0], f));
        }
        if (!t.commitments().isEmpty()) {
            commitments(body, t, figures(s, t));
        }
        body.add(new Heading(2, Texts.get("bilag.section.consequences")));
        if (t.consequences().isBlank()) {
            body.add(new Text(Texts.get("bilag.section.noConsequences")));
        } else {
            blocks(body, t.consequences());
        }
        blocks(body, t.recommendation());
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
                new Column(Texts.get("bilag.commitments.status"), false, 2f));
        List<List<String>> rows = new ArrayList<>();
        for (Commitment c : t.commitments()) {
            rows.add(List.of(c.party(), c.description(), amount(c.amount()), c.status().label()));
        }
        List<String> totals = List.of(Texts.get("bilag.total"), "", amount(f.bound()), "");
        body.add(new Table(Texts.get("bilag.commitments.caption", String.valueOf(t.number())), columns, rows, totals));
        body.add(new Text(f.pending().isZero()
                ? Texts.get("bilag.section.boundSigned", millionsToThousands(f.amount()),
                        millionsToThousands(f.committed()), millionsToThousands(f.uncommitted()))
                : Texts.get("bilag.section.bound", millionsToThousands(f.amount()),
                        millionsToThousands(f.committed()), millionsToThousands(f.pending()),
                        millionsToThousands(f.uncommitted()))));
    }

    private static void closingTable(List<Element> body, List<Transfer> skema3, Summary s,
                                     Map<Integer, TransferFigures> byNumber) {
        body.add(new Heading(1, Texts.get("bilag.summary.heading")));
        body.add(new Text(Texts.get("bilag.summary.intro")));
        List<Column> columns = List.of(
                new Column(Texts.get("bilag.summary.number"), true, 1f),
                new Column(Texts.get("bilag.summary.title"), false, 4.6f),
                new Column(Texts.get("bilag.summary.amount"), true, 2.4f),
                new Column(Texts.get("bilag.summary.committed"), true, 2.4f),
                new Column(Texts.get("bilag.summary.pending"), true, 2.4f),
                new Column(Texts.get("bilag.summary.uncommitted"), true, 2.4f));
        List<List<String>> rows = new ArrayList<>();
        Money amount = Money.ZERO;
        Money committed = Money.ZERO;
        Money pending = Money.ZERO;
        for (Transfer t : skema3) {
            TransferFigures f = figures(byNumber, t);
            rows.add(List.of(String.valueOf(t.number()), t.title(), amount(f.amount()), amount(f.committed()),
                    amount(f.pending()), amount(f.uncommitted())));
            amount = amount.plus(f.amount());
            committed = committed.plus(f.committed());
            pending = pending.plus(f.pending());
        }
        // the uncommitted total is the running sum's own "Skema 3 at risk", the figure of the introduction
        List<String> totals = List.of("", Texts.get("bilag.total"), amount(amount), amount(committed), amount(pending),
                amount(s.skema3AtRisk()));
        body.add(new Table("", columns, rows, totals));
    }

    private static void blocks(List<Element> body, String text) {
        for (TextBlocks.Block block : TextBlocks.parse(text)) {
            if (block instanceof TextBlocks.Paragraph p) {
                body.add(new Text(p.text()));
            } else if (block instanceof TextBlocks.Bullets b) {
                body.add(new BulletList(b.items()));
            }
        }
    }
}
