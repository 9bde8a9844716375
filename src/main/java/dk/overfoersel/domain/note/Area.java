package dk.overfoersel.domain.note;

import dk.overfoersel.domain.Texts;

/** The steering areas (styringsområder) a budget note's money falls in, in the order the tables show them. */
public enum Area {
    SERVICE,
    TRANSFERS,
    CONSTRUCTION;

    /** "Service", "Efterspørgselsstyrede overførsler", "Anlæg". */
    public String label() {
        return switch (this) {
            case SERVICE -> Texts.get("note.area.service");
            case TRANSFERS -> Texts.get("note.area.transfers");
            case CONSTRUCTION -> Texts.get("note.area.construction");
        };
    }

    /** The total line of the area in Tabel 2: "Udgifter til service i alt". */
    public String totalLabel() {
        return switch (this) {
            case SERVICE -> Texts.get("note.area.service.total");
            case TRANSFERS -> Texts.get("note.area.transfers.total");
            case CONSTRUCTION -> Texts.get("note.area.construction.total");
        };
    }
}
