package dk.overfoersel.domain;

/**
 * Something the caseworker must see; never blocks a save.
 *
 * @param transfer the transfer number it concerns, or {@code null} for the whole round
 */
public record Warning(WarningCode code, Integer transfer, String message) {

    static Warning overCeiling(Money requested, Money ceiling) {
        return new Warning(WarningCode.OVER_CEILING, null, Texts.get("warning.OVER_CEILING",
                DanishFormat.kroner(requested), DanishFormat.kroner(ceiling),
                DanishFormat.kroner(requested.minus(ceiling))));
    }

    static Warning commitmentsExceed(TransferFigures f) {
        return new Warning(WarningCode.COMMITMENTS_EXCEED_AMOUNT, f.number(), Texts.get("warning.COMMITMENTS_EXCEED_AMOUNT",
                String.valueOf(f.number()), DanishFormat.kroner(f.committed()), DanishFormat.kroner(f.pending()),
                DanishFormat.kroner(f.planned()), DanishFormat.kroner(f.bound()), DanishFormat.kroner(f.amount()),
                DanishFormat.kroner(f.bound().minus(f.amount()))));
    }
}
