package dk.overfoersel.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.TestCases;
import dk.overfoersel.bench.ScaleRound;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresWithoutTextsTest {

    @TempDir
    Path dir;

    @Test
    void aSummaryReadsNoTextsAndSumsTheSame() {
        TransferCase generated = ScaleRound.of(300, 7L);
        try (CaseService service = new CaseService(Database.open(TestCases.url(dir)))) {
            long id = service.importCase(generated, false);
            TransferCase figures = service.amountsOnly(id);
            assertThat(figures.transfers()).hasSize(300)
                    .allSatisfy(t -> assertThat(t.background() + t.consequences() + t.recommendation()).isEmpty());
            assertThat(figures.transfers()).extracting(Transfer::commitments)
                    .containsExactlyElementsOf(generated.transfers().stream().map(Transfer::commitments).toList());
            assertThat(service.summary(id)).isEqualTo(generated.runningSum().summary());
            // the batch import stored every text and commitment in place
            assertThat(service.load(id)).isEqualTo(generated);
        }
    }
}
