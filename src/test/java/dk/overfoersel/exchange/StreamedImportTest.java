package dk.overfoersel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.overfoersel.bench.ScaleRound;
import dk.overfoersel.domain.TransferCase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The exchange file is read field by field and its transfers one at a time (issue 12: a file of 10.000
 * transfers is never one tree). The result and the messages are those of reading it whole.
 */
class StreamedImportTest {

    private static final TransferCase ROUND = ScaleRound.of(40, 7);
    private static final String JSON = new JsonCaseWriter().write(ROUND);

    private static TransferCase read(String json) throws Exception {
        return new JsonCaseReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRoundReadTransferByTransferIsTheRoundThatWasWritten() throws Exception {
        assertThat(read(JSON)).isEqualTo(ROUND);
    }

    @Test
    void aFileCutInsideATransferNamesTheLineAndGivesNoRound() {
        int cut = JSON.indexOf("\"number\":31,");
        assertThat(cut).as("the 31st transfer is in the file").isPositive();
        String truncated = JSON.substring(0, cut + 40);
        long line = truncated.lines().count();
        ImportException e = catchThrowableOfType(ImportException.class, () -> read(truncated));
        assertThat(e).isNotNull();
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.place()).startsWith("linje " + line);
            assertThat(err.message()).contains("skåret af");
        });
    }

    @Test
    void anErrorInALateTransferIsNamedByItsPlaceAndNumberAfterTheRoundsErrors() {
        String bad = JSON.replace("\"administration\":\"", "\"administration\":\"\\u0007")
                .replaceFirst("\"number\":35,", "\"number\":35, \"unknown\":1,");
        ImportException e = catchThrowableOfType(ImportException.class, () -> read(bad));
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(ImportError::place)
                .containsExactly("round.administration", "transfers[34] (overførsel 35).unknown");
    }

    @Test
    void theFormatAfterTheTransfersIsReadAsOneTreeWithTheSameResult() throws Exception {
        int transfers = JSON.indexOf("\"transfers\"");
        int format = JSON.indexOf("\"format\"");
        assertThat(format).isLessThan(transfers);
        String formatField = JSON.substring(format, JSON.indexOf('\n', format)).strip();
        String moved = JSON.replace(formatField, "").stripTrailing();
        moved = moved.substring(0, moved.length() - 1).stripTrailing() + ",\n  " + formatField.replace(",", "") + "\n}";
        assertThat(read(moved)).isEqualTo(ROUND);
    }
}
