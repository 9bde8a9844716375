package dk.overfoersel.usecase;

import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.JsonCaseWriter;
import dk.overfoersel.exchange.XlsxCaseWriter;
import java.io.IOException;
import java.nio.file.Path;

/** Exporting a round (as stored) to a JSON file or an Excel workbook. */
public final class ExportRound {

    /** Writes the file; a file that cannot be written is a {@link FileNotWrittenException}. */
    public void write(TransferCase transferCase, ExchangeFormat format, Path file) {
        try {
            switch (format) {
                case XLSX -> new XlsxCaseWriter().write(transferCase, file);
                case JSON -> new JsonCaseWriter().write(transferCase, file);
            }
        } catch (IOException | RuntimeException e) {
            throw new FileNotWrittenException(file, e);
        }
    }
}
