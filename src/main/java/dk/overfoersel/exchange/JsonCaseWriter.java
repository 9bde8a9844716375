package dk.overfoersel.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.UnderspendLine;
import java.io.IOException;
import dk.overfoersel.io.AtomicFile;
import java.nio.file.Path;

/**
 * Writes the exchange format: {@code overfoersel/1} when no transfer has figures or checked amounts
 * (so older programs still read it), else {@code overfoersel/2}. Every field of /1 always present (texts may be
 * empty; figures and checked amounts only when there are any), amounts with two decimals, so export → import → export gives the same bytes.
 */
public final class JsonCaseWriter {

    public String write(TransferCase transferCase) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("format", JsonFigures.formatFor(transferCase.transfers()));
            writeRound(g, transferCase.round());
            g.writeArrayFieldStart("transfers");
            for (Transfer t : transferCase.transfers()) {
                writeTransfer(g, t);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Writes the file through {@link AtomicFile}: the old file stays as it was when anything fails. */
    public void write(TransferCase transferCase, Path file) throws IOException {
        AtomicFile.writeString(file, write(transferCase));
    }

    private static void writeRound(JsonGenerator g, Round round) throws IOException {
        g.writeObjectFieldStart("round");
        g.writeStringField("administration", round.administration());
        g.writeStringField("committee", round.committee());
        g.writeNumberField("accountsYear", round.accountsYear());
        g.writeNumberField("budgetYear", round.budgetYear());
        if (round.earlyDecisionDate() != null) {
            g.writeStringField("earlyDecisionDate", round.earlyDecisionDate().toString());
        }
        g.writeArrayFieldStart("underspendLines");
        for (UnderspendLine line : round.underspendLines()) {
            g.writeStartObject();
            g.writeStringField("text", line.text());
            Json.amount(g, "amount", line.amount());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeTransfer(JsonGenerator g, Transfer t) throws IOException {
        g.writeStartObject();
        g.writeNumberField("number", t.number());
        g.writeStringField("title", t.title());
        g.writeNumberField("schedule", t.schedule());
        Json.amount(g, "amount", t.amount());
        Json.amount(g, "earlyApproved", t.earlyApproved());
        g.writeStringField("background", t.background());
        g.writeStringField("consequences", t.consequences());
        g.writeStringField("recommendation", t.recommendation());
        g.writeArrayFieldStart("commitments");
        for (Commitment c : t.commitments()) {
            g.writeStartObject();
            g.writeStringField("party", c.party());
            g.writeStringField("description", c.description());
            Json.amount(g, "amount", c.amount());
            g.writeStringField("status", c.status().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        JsonFigures.write(g, t);
        g.writeEndObject();
    }
}
