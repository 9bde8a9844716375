package dk.overfoersel.document;

import dk.overfoersel.domain.Transfer;

/** The figures stored with each transfer ({@link Transfer#images()}), as the appendix prints them. */
public final class TransferImages {

    /** Each transfer's own figures, in its order. */
    public static final FigureSource SOURCE = t -> t.images().stream()
            .map(f -> new Figure(f.name(), f.caption(), f.altText(), f.mediaType(), f.data(), f.sourceNote()))
            .toList();

    private TransferImages() {
    }
}
