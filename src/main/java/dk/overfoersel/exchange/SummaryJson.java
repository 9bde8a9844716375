package dk.overfoersel.exchange;

import dk.overfoersel.domain.Summary;
import dk.overfoersel.domain.TransferFigures;
import dk.overfoersel.domain.Warning;

/** The running sum as JSON, amounts as numbers in kroner. */
public final class SummaryJson {

    private SummaryJson() {
    }

    public static String write(Summary s) {
        return Json.write(g -> {
            g.writeStartObject();
            Json.amount(g, "netUnderspend", s.netUnderspend());
            Json.amount(g, "earlyTotal", s.earlyTotal());
            Json.amount(g, "ceiling", s.ceiling());
            Json.amount(g, "requestedTotal", s.requestedTotal());
            Json.amount(g, "headroom", s.headroom());
            Json.amount(g, "skema3AtRisk", s.skema3AtRisk());
            g.writeArrayFieldStart("transfers");
            for (TransferFigures f : s.transfers()) {
                g.writeStartObject();
                g.writeNumberField("number", f.number());
                g.writeNumberField("schedule", f.schedule());
                Json.amount(g, "amount", f.amount());
                Json.amount(g, "earlyApproved", f.earlyApproved());
                Json.amount(g, "committed", f.committed());
                Json.amount(g, "pending", f.pending());
                Json.amount(g, "planned", f.planned());
                Json.amount(g, "uncommitted", f.uncommitted());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (Warning w : s.warnings()) {
                g.writeStartObject();
                g.writeStringField("code", w.code().name());
                if (w.transfer() != null) {
                    g.writeNumberField("transfer", w.transfer());
                }
                g.writeStringField("message", w.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
