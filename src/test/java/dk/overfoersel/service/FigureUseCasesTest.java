package dk.overfoersel.service;

import static dk.overfoersel.store.jooq.Tables.CHECKED_AMOUNT;
import static dk.overfoersel.store.jooq.Tables.TRANSFER_FIGURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.TestDatabase;
import dk.overfoersel.TestImages;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.check.ProblemKind;
import dk.overfoersel.domain.figure.Figure;
import dk.overfoersel.exchange.ExampleRound;
import dk.overfoersel.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures and checked amounts through the use cases, asserted on the rows in the database. */
class FigureUseCasesTest {

    private String url;

    /** The database these tests run on. */
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    /** This test's database (the same URL when it is reopened). */
    protected String url() {
        if (url == null) {
            url = database().url(dir);
        }
        return url;
    }

    @TempDir
    Path dir;
    CaseService service;
    long roundId;
    long t14;

    @BeforeEach
    void open() {
        service = new CaseService(Database.open(url()));
        roundId = service.importCase(ExampleRound.load(), false);
        t14 = transferId(14);
    }

    @AfterEach
    void close() {
        service.close();
    }

    private long transferId(int number) {
        return service.open(roundId).transfers().stream().filter(t -> t.value().number() == number)
                .findFirst().orElseThrow().id();
    }

    private int count(org.jooq.Table<?> table) {
        return sql(dsl -> dsl.fetchCount(table));
    }

    private <T> T sql(java.util.function.Function<org.jooq.DSLContext, T> query) {
        service.close();
        Database db = Database.open(url());
        try {
            return db.inTransaction(query);
        } finally {
            db.close();
            service = new CaseService(Database.open(url()));
        }
    }

    @Test
    void addedFiguresAreStoredWithTheirBytesInOrderAndLoadWithTheTransfer() {
        Figure one = TestImages.figure(1);
        Figure two = Figure.of("kort.jpg", "Jobcentrene", "Kort over de to jobcentre", TestImages.jpeg(40, 30, 2), "");
        Stored<Figure> a = service.addFigure(t14, one);
        Stored<Figure> b = service.addFigure(t14, two);
        assertThat(b.id()).isNotEqualTo(a.id());

        List<String> stored = sql(dsl -> dsl.select(TRANSFER_FIGURE.LINE_NO, TRANSFER_FIGURE.NAME, TRANSFER_FIGURE.MEDIA_TYPE,
                        DSL.field("OCTET_LENGTH(DATA)", Integer.class))
                .from(TRANSFER_FIGURE).orderBy(TRANSFER_FIGURE.LINE_NO)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3() + " " + r.value4()));
        assertThat(stored).containsExactly("1 figur-1.png image/png " + one.size(), "2 kort.jpg image/jpeg " + two.size());

        Transfer loaded = service.load(roundId).transfers().stream().filter(t -> t.number() == 14).findFirst().orElseThrow();
        assertThat(loaded.images()).containsExactly(one, two);
        assertThat(loaded.images().get(0).data()).isEqualTo(one.data());
    }

    @Test
    void replaceKeepsTheIdAndPlaceReorderAndRemoveWork() {
        long a = service.addFigure(t14, TestImages.figure(1)).id();
        long b = service.addFigure(t14, TestImages.figure(2)).id();
        long c = service.addFigure(t14, TestImages.figure(3)).id();

        Figure replaced = TestImages.figure(2).withImage(TestImages.png(300, 100, 9)).withTexts("Ny tekst", "Ny alt", "");
        service.replaceFigure(b, replaced);
        List<Stored<Figure>> now = service.figures(t14);
        assertThat(now).extracting(Stored::id).containsExactly(a, b, c);
        assertThat(now.get(1).value()).isEqualTo(replaced);

        List<Stored<Figure>> reordered = service.reorderFigures(t14, List.of(c, a, b));
        assertThat(reordered).extracting(s -> s.value().name()).containsExactly("figur-3.png", "figur-1.png", "figur-2.png");
        assertThatThrownBy(() -> service.reorderFigures(t14, List.of(c, a)))
                .isInstanceOf(UseCaseException.class).hasMessageContaining("overførsel 14");

        assertThat(service.removeFigure(a)).isTrue();
        assertThat(service.figures(t14)).extracting(Stored::id).containsExactly(c, b);
        assertThat(count(TRANSFER_FIGURE)).isEqualTo(2);
    }

    @Test
    void aSecondFigureWithTheSameNameIsRefusedAndNothingChanges() {
        service.addFigure(t14, TestImages.figure(1));
        assertThatThrownBy(() -> service.addFigure(t14, TestImages.figure(1)))
                .isInstanceOf(UseCaseException.class)
                .hasMessage("Overførsel 14 har allerede en figur med navnet „figur-1.png“.");
        assertThat(count(TRANSFER_FIGURE)).isEqualTo(1);
    }

    @Test
    void editingATransferLeavesItsFiguresAndDeletingItRemovesThem() {
        service.addFigure(t14, TestImages.figure(1));
        Stored<Transfer> t = service.open(roundId).transfers().stream().filter(s -> s.id() == t14).findFirst().orElseThrow();
        Transfer edited = new Transfer(14, "Ny titel", 3, t.value().amount(), t.value().earlyApproved(), "Ny baggrund", "K", "",
                List.of());
        service.updateTransfer(t14, t.version(), edited);
        assertThat(service.figures(t14)).hasSize(1);
        service.deleteTransfer(t14);
        assertThat(count(TRANSFER_FIGURE)).isZero();
    }

    @Test
    void aMarkedAmountIsStoredOnceAndNoLongerReported() {
        assertThat(service.qualityCheck(roundId)).extracting(f -> f.transfer() + " " + f.amount())
                .contains("14 2,2 mio. kr.", "14 0,9 mio. kr.");
        assertThat(service.markAmountChecked(t14, "2,2 mio.")).containsExactly("2,2 mio. kr.");
        assertThat(service.markAmountChecked(t14, "2,2\u00a0mio. kr.")).containsExactly("2,2 mio. kr.");
        assertThat(service.markAmountChecked(t14, "0,9 mio. kr.")).containsExactly("2,2 mio. kr.", "0,9 mio. kr.");
        List<String> rows = sql(dsl -> dsl.select(CHECKED_AMOUNT.AMOUNT_TEXT).from(CHECKED_AMOUNT).orderBy(CHECKED_AMOUNT.ID)
                .fetch(CHECKED_AMOUNT.AMOUNT_TEXT));
        assertThat(rows).containsExactly("2,2 mio. kr.", "0,9 mio. kr.");
        assertThat(service.qualityCheck(roundId))
                .filteredOn(f -> f.kind() == ProblemKind.UNMATCHED_AMOUNT)
                .extracting(f -> f.transfer() + " " + f.amount()).containsExactly("16 1,8 mio. kr.");

        assertThatThrownBy(() -> service.markAmountChecked(t14, "noget"))
                .isInstanceOf(UseCaseException.class).hasMessageContaining("Overførsel 14");
        assertThat(service.unmarkAmountChecked(t14, "2,2 mio. kr.")).containsExactly("0,9 mio. kr.");
    }

    @Test
    void anImportThatCannotHoldFiguresKeepsThemAndSaysHowMany() {
        service.addFigure(t14, TestImages.figure(1));
        service.addFigure(t14, TestImages.figure(2));
        service.addFigure(transferId(16), TestImages.figure(3));
        service.markAmountChecked(t14, "2,2 mio. kr.");
        TransferCase example = ExampleRound.load();
        // the file without transfer 16
        TransferCase file = new TransferCase(example.round(),
                example.transfers().stream().filter(t -> t.number() != 16).toList());

        ImportResult result = service.importCaseKeepingFigures(file, true);
        assertThat(result.roundId()).isEqualTo(roundId);
        assertThat(result.figuresKept()).isEqualTo(2);
        assertThat(result.figuresDropped()).containsExactly(16);
        Transfer t = service.load(roundId).transfers().stream().filter(x -> x.number() == 14).findFirst().orElseThrow();
        assertThat(t.images()).extracting(Figure::name).containsExactly("figur-1.png", "figur-2.png");
        assertThat(t.checkedAmounts()).containsExactly("2,2 mio. kr.");

        // a JSON import replaces everything, figures included (the file holds them)
        service.importCase(file, true);
        assertThat(count(TRANSFER_FIGURE)).isZero();
    }

    @Test
    void figureChangesAndCheckedAmountsJoinTheAuditTrail() {
        long id = service.addFigure(t14, TestImages.figure(1)).id();
        service.replaceFigure(id, TestImages.figure(1).withTexts("Ny billedtekst", "Søjler", ""));
        service.markAmountChecked(t14, "2,2 mio. kr.");
        service.removeFigure(id);
        List<String> history = service.transferHistory(t14).stream()
                .map(e -> e.useCase() + " " + e.entity() + " " + e.field() + ": " + e.oldValue() + " -> " + e.newValue())
                .toList();
        assertThat(history).contains(
                "addFigure transfer_figure name: null -> figur-1.png",
                "replaceFigure transfer_figure caption: Udvikling i antallet af sygedagpengesager 1 -> Ny billedtekst",
                "replaceFigure transfer_figure altText: Søjlediagram: antallet af sager falder fra 2006 til 2008 (1) -> Søjler",
                "markAmountChecked transfer amount_checked: null -> 2,2 mio. kr.",
                "removeFigure transfer_figure name: figur-1.png -> null");
        assertThat(history).noneMatch(h -> h.startsWith("replaceFigure transfer_figure image"));
    }

    @Test
    void aReplacingJsonImportKeepsTheIdOfAFigureWhoseNameStays() {
        long id = service.addFigure(t14, TestImages.figure(1)).id();
        TransferCase example = ExampleRound.load();
        Figure changed = TestImages.figure(1).withTexts("Ændret billedtekst", "Alt", "");
        TransferCase file = new TransferCase(example.round(), example.transfers().stream()
                .map(t -> t.number() == 14 ? t.withImages(List.of(changed, TestImages.figure(2))) : t).toList());
        service.importCase(file, true);
        List<Stored<Figure>> now = service.figures(t14);
        assertThat(now).extracting(Stored::id).first().isEqualTo(id);
        assertThat(now).extracting(Stored::value).containsExactly(changed, TestImages.figure(2));
    }
}
