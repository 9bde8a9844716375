package dk.overfoersel.usecase;

import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.ImportException;
import dk.overfoersel.exchange.JsonCaseReader;
import dk.overfoersel.exchange.XlsxCaseReader;
import dk.overfoersel.service.CaseService;
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

    /** Stores a case that was read; {@code replace} replaces the round of the same administration and year. */
    public long store(CaseService service, TransferCase transferCase, boolean replace) {
        return service.importCase(transferCase, replace);
    }
}
