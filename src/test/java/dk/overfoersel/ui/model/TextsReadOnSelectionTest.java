package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Stored;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.figure.Figure;
import dk.overfoersel.exchange.ExampleRound;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window reads a round without its transfers' texts and figures (issue 12: 10.000 transfers) and a
 * transfer's whole value when it is selected; what was not read is never written, searched wrongly or
 * lost by a deletion.
 */
class TextsReadOnSelectionTest extends ViewModelTestBase {

    private static final String BACKGROUND_14 = ExampleRound.load().transfers().stream().filter(t -> t.number() == 14)
            .findFirst().orElseThrow().background();

    /** Transfer 14 gets a figure and 15 loses its background (stored before the round is read again). */
    @BeforeEach
    void figureAndMissingText() {
        var s = workspace.service();
        long id14 = idOf(14);
        s.addFigure(id14, new Figure("tidsplan.svg", "Tidsplan", "To søjler for 2009 og 2010", "image/svg+xml",
                dk.overfoersel.TestImages.svg(), ""));
        Stored<Transfer> t15 = s.transfer(idOf(15)).orElseThrow();
        Transfer v = t15.value();
        s.updateTransfer(t15.id(), t15.version(), new Transfer(v.number(), v.title(), v.schedule(), v.amount(),
                v.earlyApproved(), "", v.consequences(), v.recommendation(), v.commitments()));
        main.transfers().selectedProperty().set(null);
        workspace.reload();
    }

    private long idOf(int number) {
        return raw(number).id;
    }

    /** The item as the table has it, not read whole. */
    private TransferItem raw(int number) {
        return workspace.transfers().stream().filter(t -> t.value().number() == number).findFirst().orElseThrow();
    }

    @Test
    void theTableHasNoTextsUntilATransferIsSelectedThenTheEditorShowsItsWholeValue() {
        TransferItem t14 = raw(14);
        assertThat(t14.isComplete()).isFalse();
        assertThat(t14.value().background()).isEmpty();
        assertThat(t14.value().images()).isEmpty();
        assertThat(t14.figures().amount()).isEqualTo(Money.ofKroner(1_300_000)); // the table's figures are there

        main.transfers().selectedProperty().set(t14);

        assertThat(t14.isComplete()).isTrue();
        assertThat(main.editingProperty().get()).isSameAs(t14);
        assertThat(main.editor().backgroundProperty().get()).isEqualTo(BACKGROUND_14);
        assertThat(t14.value().images()).extracting(Figure::name).containsExactly("tidsplan.svg");
        assertThat(workspace.undoStack().canUndoProperty().get()).as("reading is not an edit").isFalse();
    }

    @Test
    void aTransferNotReadWholeIsNeverWrittenSoItsTextsCannotBeBlanked() {
        TransferItem t13 = raw(13);
        assertThatThrownBy(() -> workspace.changeTransfer(t13, t13.value().withAmounts(Money.ofKroner(1), Money.ZERO)))
                .isInstanceOf(IllegalStateException.class);
        workspace.saveDirty();
        assertThat(stored(13).background()).isEqualTo(ExampleRound.load().transfers().stream()
                .filter(t -> t.number() == 13).findFirst().orElseThrow().background());
        assertThat(stored(13).amount()).isEqualTo(Money.ofKroner(859_000));
    }

    @Test
    void deletingATransferNeverSelectedAndUndoingBringsBackItsTextsAndFigure() {
        TransferItem t14 = raw(14);
        workspace.deleteTransfer(t14);
        assertThat(workspace.transfers()).doesNotContain(t14);
        workspace.undo();
        assertThat(workspace.transfers()).contains(t14);
        assertThat(t14.isComplete()).isTrue();
        Transfer back = stored(14);
        assertThat(back.background()).isEqualTo(BACKGROUND_14);
        assertThat(back.images()).extracting(Figure::name).containsExactly("tidsplan.svg");
    }

    @Test
    void theSearchFindsAWordInTextsThatAreNotReadAndTheMarkerKnowsAMissingText() {
        assertThat(raw(15).isComplete()).isFalse();
        assertThat(raw(15).missingTexts()).as("read in the background after the round shows").isTrue();
        assertThat(raw(13).missingTexts()).isFalse();

        String word = BACKGROUND_14.split("\\s+")[3];
        main.transfers().searchProperty().set(word);
        List<Integer> shown = main.transfers().shown().stream().map(t -> t.value().number()).toList();
        assertThat(shown).contains(14);
        main.transfers().searchProperty().set("ordetfindesikke");
        assertThat(main.transfers().shown()).isEmpty();
    }

    @Test
    void aSearchLeftOnWhenAnotherRoundOpensFindsThatRoundsTexts() {
        String word = BACKGROUND_14.split("\\s+")[3];
        main.transfers().searchProperty().set(word);
        assertThat(main.transfers().shown()).extracting(t -> t.value().number()).contains(14);
        var example = ExampleRound.load();
        var r = example.round();
        workspace.storeCase(() -> new dk.overfoersel.domain.TransferCase(new dk.overfoersel.domain.Round(r.administration(),
                r.committee(), r.accountsYear() + 1, r.budgetYear() + 1, null, r.underspendLines()), example.transfers()), false);

        assertThat(workspace.roundProperty().get().accountsYear()).isEqualTo(r.accountsYear() + 1);
        assertThat(main.transfers().shown()).extracting(t -> t.value().number()).contains(14);
    }
}
