package dk.overfoersel.exchange;

import dk.overfoersel.service.audit.HistoryEntry;
import java.util.List;

/** The audit trail as JSON: one object per changed field, values in full. */
public final class HistoryJson {

    private HistoryJson() {
    }

    public static String write(List<HistoryEntry> entries) {
        return Json.write(g -> {
            g.writeStartArray();
            for (HistoryEntry e : entries) {
                g.writeStartObject();
                g.writeStringField("time", e.time().toString());
                g.writeStringField("user", e.user());
                g.writeStringField("useCase", e.useCase());
                g.writeStringField("entity", e.entity());
                g.writeNumberField("id", e.entityId());
                if (e.roundId() != null) {
                    g.writeNumberField("round", e.roundId());
                }
                if (e.transferNo() != null) {
                    g.writeNumberField("transfer", e.transferNo());
                }
                g.writeStringField("field", e.field());
                g.writeStringField("label", e.fieldLabel());
                g.writeStringField("old", e.oldValue());
                g.writeStringField("new", e.newValue());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }
}
