package dk.overfoersel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text the rules allow but an Excel cell cannot hold is refused before anything is written, naming transfer and field. */
class XlsxCellLimitTest {

    @TempDir
    Path dir;

    @Test
    void aTextOverExcelsCellLimitIsRefusedNamingTheTransferAndTheField() throws Exception {
        TransferCase example = ExampleRound.load();
        List<Transfer> transfers = new ArrayList<>(example.transfers());
        Transfer t12 = transfers.get(2);
        transfers.set(2, new Transfer(t12.number(), t12.title(), t12.schedule(), t12.amount(), t12.earlyApproved(),
                "b".repeat(40_000), t12.consequences(), "r".repeat(32_768), t12.commitments()));
        TransferCase tooLong = new TransferCase(example.round(), transfers);
        Path file = dir.resolve("runde.xlsx");
        Files.writeString(file, "old");

        ExportException e = catchThrowableOfType(ExportException.class, () -> new XlsxCaseWriter().write(tooLong, file));

        assertThat(e).hasMessage("Runden kan ikke gemmes som Excel, fordi en celle højst kan rumme 32.767 tegn: "
                + "overførsel 12, baggrunden (40.000 tegn); overførsel 12, anbefalingen (32.768 tegn). "
                + "Gør teksten kortere, eller eksportér som JSON.");
        assertThat(file).hasContent("old");
        assertThat(dir).isDirectoryNotContaining("glob:**/.overfoersel-*");
        // at the limit it is written and read back whole
        transfers.set(2, new Transfer(t12.number(), t12.title(), t12.schedule(), t12.amount(), t12.earlyApproved(),
                "b".repeat(32_767), t12.consequences(), t12.recommendation(), t12.commitments()));
        new XlsxCaseWriter().write(new TransferCase(example.round(), transfers), file);
        assertThat(new XlsxCaseReader().read(file).transfers().get(2).background()).hasSize(32_767);
    }
}
