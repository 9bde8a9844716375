package dk.overfoersel.usecase;

import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.ImportException;
import dk.overfoersel.exchange.JsonCaseReader;
import dk.overfoersel.exchange.XlsxCaseReader;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.ImportResult;
import java.nio.file.Path;

/**
 * Importing a round from a file: the whole file is read and checked first (JSON or Excel by its
 * name), every error with its place; only a file without errors is stored, in one transaction.
 */
public final class ImportFile {

    /** Reads and checks the whole file; nothing is stored. */
    public TransferCase read(Path file) throws ImportException {
        return switch (ExchangeFormat.ofFile(file)) {
            case XLSX -> new XlsxCaseReader().read(file);
            case JSON -> new JsonCaseReader().read(file);
        };
    }

    /**
     * Stores a case read from {@code file} in one transaction; {@code replace} replaces the round of the
     * same administration and year. A workbook holds no images: its transfers keep the figures stored
     * with the replaced round.
     */
    public ImportResult store(CaseService service, Path file, TransferCase transferCase, boolean replace) {
        if (ExchangeFormat.ofFile(file) == ExchangeFormat.XLSX) {
            return service.importCaseKeepingFigures(transferCase, replace);
        }
        return new ImportResult(service.importCase(transferCase, replace), 0, java.util.List.of());
    }
}
